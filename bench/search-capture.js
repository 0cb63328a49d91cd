// bench/search.sh's helper (Node, no packages): learns exactly what the API sends OpenSearch, so
// that the same requests can be sent to OpenSearch directly.
//
//   node search-capture.js proxy PORT TARGET OUT
//     An HTTP proxy on 127.0.0.1:PORT to TARGET (OpenSearch's URL). It forwards everything and
//     appends every search it sees (…/_search, …/_msearch, …/_count) to OUT as one line:
//     METHOD<TAB>PATH?PARAMS<TAB>BODY, line breaks in the body written as the byte 0x1E.
//   node search-capture.js merge < LINES
//     One request line (the format of bench/search.lua) for what one API request sent: the line
//     itself when it sent one search; when it sent several, one POST /_msearch with them all (each
//     search's URL parameters, such as size and track_total_hits, moved into its body, where
//     _msearch takes them). _msearch runs them side by side, which favours the direct side a little.
'use strict';
const http = require('http');
const fs = require('fs');

const [mode, ...args] = process.argv.slice(2);

if (mode === 'proxy') {
  const [port, target, out] = args;
  const upstream = new URL(target);
  const searches = /\/_(search|msearch|count)(\?|$)/;
  http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (searches.test(req.url)) {
        fs.appendFileSync(out, `${req.method}\t${req.url}\t${body.toString('utf8').replace(/\r?\n/g, '\x1e')}\n`);
      }
      const forward = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url,
                                     headers: { ...req.headers, host: upstream.host } }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      });
      forward.on('error', (e) => { res.writeHead(502); res.end(String(e)); });
      forward.end(body);
    });
  }).listen(Number(port), '127.0.0.1');
} else if (mode === 'merge') {
  const lines = fs.readFileSync(0, 'utf8').split('\n').filter(Boolean);
  if (lines.length === 0) process.exit(1);
  if (lines.length === 1) {
    console.log(lines[0]);
  } else {
    const parts = [];
    for (const line of lines) {
      const [, url, body] = line.split('\t');
      const u = new URL(url, 'http://localhost');
      const [index, action] = u.pathname.replace(/^\//, '').split('/');
      if (action !== '_search') throw new Error(`cannot merge ${url} into an _msearch`);
      const search = body ? JSON.parse(body) : {};
      for (const [k, v] of u.searchParams) search[k] = /^\d+$/.test(v) ? Number(v) : v === 'true' ? true : v === 'false' ? false : v;
      parts.push(JSON.stringify({ index }), JSON.stringify(search));
    }
    console.log(`POST\t/_msearch\t${parts.join('\x1e')}\x1e`);
  }
} else {
  console.error('usage: node search-capture.js proxy PORT TARGET OUT | merge < LINES');
  process.exit(2);
}
