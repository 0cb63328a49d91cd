// Validates Kubernetes manifests offline, strictly, against the Kubernetes API's own schemas:
//
//  - kubernetes-models: every object of the Kubernetes OpenAPI document compiled into an ajv
//    validator (types, required fields, enums, int-or-string, formats). It lets unknown fields
//    through, as the API server did before strict field validation...
//  - ...so every field is also looked up in @kubernetes/client-node's models, generated from the
//    same OpenAPI document: a field that no model of that place declares (a typo, an indentation
//    slip, a field of another version) fails, as `kubectl apply --validate=strict` would.
//
// Usage: node validate-k8s.mjs FILE...   One line per document ("ok FILE Kind/name" or
// "FAIL FILE ...: reason"), exit status 1 when any document failed. Needs no cluster.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAllDocuments } from 'yaml';
// The models only: the package's entry point loads its HTTP client, which needs a newer Node.
import * as models from '@kubernetes/client-node/dist/gen/models/all.js';

const require = createRequire(import.meta.url);

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `apps/v1` + `Deployment` → the two packages' names for that kind, or null when unknown. */
function kindOf(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  let schema;
  try {
    schema = require(`kubernetes-models/${group ? group + '/' : ''}${version}/${kind}`)[kind];
  } catch {
    return null;
  }
  const model = models[version.charAt(0).toUpperCase() + version.slice(1) + kind];
  return schema && model ? { schema, model: model.name } : null;
}

/** Every field of {@code value} that the model {@code type} does not declare, recursively. */
function unknownFields(value, type, path, found) {
  let m;
  if ((m = /^Array<(.+)>$/.exec(type))) {
    if (Array.isArray(value)) value.forEach((v, i) => unknownFields(v, m[1], `${path}[${i}]`, found));
    return found;
  }
  if ((m = /^\{ \[key: string\]: (.+); \}$/.exec(type))) {
    if (isObject(value)) for (const [k, v] of Object.entries(value)) unknownFields(v, m[1], `${path}.${k}`, found);
    return found;
  }
  const model = models[type];
  // string, number, boolean, Date, IntOrString, any: nothing below to check. Wrong types are
  // the schema's to report.
  if (typeof model?.getAttributeTypeMap !== 'function' || !isObject(value)) return found;
  const fields = new Map(model.getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  for (const [k, v] of Object.entries(value)) {
    if (!fields.has(k)) found.push(`${path}.${k}: unknown field (${type} has no such field)`);
    else unknownFields(v, fields.get(k), `${path}.${k}`, found);
  }
  return found;
}

function check(doc) {
  if (!isObject(doc)) return ['not a YAML mapping'];
  if (typeof doc.apiVersion !== 'string' || typeof doc.kind !== 'string') return ['apiVersion and kind are required'];
  const known = kindOf(doc.apiVersion, doc.kind);
  if (!known) return [`${doc.apiVersion} ${doc.kind} is not a kind of the Kubernetes API`];
  const problems = [];
  try {
    new known.schema(doc).validate();
  } catch (e) {
    for (const err of e.errors ?? [{ instancePath: '', message: e.message }]) {
      problems.push(`${err.instancePath.replace(/^\/?/, '').replaceAll('/', '.') || '(document)'}: ${err.message}${err.params?.allowedValues ? ' ' + JSON.stringify(err.params.allowedValues) : ''}`);
    }
  }
  return problems.concat(unknownFields(doc, known.model, '', []).map((p) => p.replace(/^\./, '')));
}

let failed = 0;
for (const file of process.argv.slice(2)) {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { uniqueKeys: true });
  for (const [i, d] of docs.entries()) {
    const where = docs.length > 1 ? `${file}#${i + 1}` : file;
    if (d.errors.length) {
      failed++;
      console.log(`FAIL ${where}: YAML: ${d.errors.map((e) => e.message.split('\n')[0]).join('; ')}`);
      continue;
    }
    const doc = d.toJS();
    if (doc === null) continue;
    const problems = check(doc);
    if (problems.length) {
      failed++;
      for (const p of problems) console.log(`FAIL ${where} ${doc.kind ?? ''}/${doc.metadata?.name ?? ''}: ${p}`);
    } else {
      console.log(`ok   ${where} ${doc.kind}/${doc.metadata?.name ?? ''}`);
    }
  }
}
process.exit(failed ? 1 : 0);
