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
  // Hop-by-hop headers stay between client and proxy: Java's HttpClient offers an h2c upgrade
  // (Connection: Upgrade, HTTP2-Settings), which OpenSearch must not see.
  const hopByHop = new Set(['connection', 'upgrade', 'http2-settings', 'keep-alive', 'proxy-connection', 'te',
                            'transfer-encoding', 'content-length']);
  // Records a search, sends the request on, and calls back with OpenSearch's whole answer.
  const forward = (req, body, reply) => {
    if (searches.test(req.url)) {
      fs.appendFileSync(out, `${req.method}\t${req.url}\t${body.toString('utf8').replace(/\r?\n/g, '\x1e')}\n`);
    }
    const headers = { host: upstream.host, 'content-length': body.length };
    for (const [k, v] of Object.entries(req.headers)) if (!hopByHop.has(k) && k !== 'host') headers[k] = v;
    const request = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (answer) => {
      const chunks = [];
      answer.on('data', (c) => chunks.push(c));
      answer.on('end', () => reply(answer.statusCode, answer.statusMessage, answer.headers, Buffer.concat(chunks)));
    });
    request.on('error', (e) => reply(502, 'Bad Gateway', {}, Buffer.from(String(e))));
    request.end(body);
  };
  const answerHeaders = (headers, length) => {
    const kept = {};
    for (const [k, v] of Object.entries(headers)) if (!hopByHop.has(k)) kept[k] = v;
    kept['content-length'] = length;
    return kept;
  };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => forward(req, Buffer.concat(chunks), (status, message, headers, data) => {
      res.writeHead(status, message, answerHeaders(headers, data.length));
      res.end(data);
    }));
  });
  // An upgrade request (h2c) bypasses the handler above: answer it in HTTP/1.1 on the raw socket,
  // without upgrading, and close the connection (the client then stays on HTTP/1.1).
  server.on('upgrade', (req, socket, head) => {
    const length = Number(req.headers['content-length'] || 0);
    const chunks = [head];
    let got = head.length;
    const go = () => forward(req, Buffer.concat(chunks).subarray(0, length), (status, message, headers, data) => {
      const lines = [`HTTP/1.1 ${status} ${message}`];
      for (const [k, v] of Object.entries({ ...answerHeaders(headers, data.length), connection: 'close' })) {
        for (const value of [].concat(v)) lines.push(`${k}: ${value}`);
      }
      socket.end(Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n'), data]));
    });
    if (got >= length) go();
    else socket.on('data', (d) => { chunks.push(d); got += d.length; if (got >= length) go(); });
  });
  server.listen(Number(port), '127.0.0.1');
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
