// The contract suite: checks a running service against its OpenAPI document, operation by
// operation, with cases generated from the document itself (ADR 23).
//
//   JIPP_ADMIN_API_KEY=… node contract.mjs <document.json> <base URL, e.g. http://127.0.0.1:5080>
//
// For every operation: a call with real data (ids read from the service's own lists, bodies from
// the document's examples), and variations: an unknown key (401), no key (2xx where the document
// makes the key optional, 401 where it does not), an unknown id (404), bad paging (400), and the
// bounds the document declares on what callers send (at the bound: no refusal of that field; just
// past it: 400 naming it). Every answer must have a status the operation documents, its content
// type, its required headers (and every declared header must match its schema), and a body valid
// against the documented schema, objects closed (no undocumented member) and nullable honoured.
// Prints one line per check and ends with "N passed, N failed"; exits non-zero on any failure.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const [documentPath, baseUrl] = process.argv.slice(2);
const adminKey = process.env.JIPP_ADMIN_API_KEY;
if (!documentPath || !baseUrl || !adminKey) {
  console.error('usage: JIPP_ADMIN_API_KEY=… node contract.mjs <document.json> <base URL>');
  process.exit(2);
}

// Bounds beyond 2^53 (an int64's) are kept exact: read as text, used as BigInt.
const document = JSON.parse(readFileSync(documentPath, 'utf8').replace(/"(minimum|maximum)": (-?\d{16,})/g, '"$1": "$2"'));
const methods = ['get', 'put', 'post', 'delete', 'patch'];
const unknownKey = 'jipp_' + 'x'.repeat(43);

// ------------------------------------------------------------------ schemas

// Closes every object that lists its properties and says nothing of others, so that a member the
// document does not describe fails the check. Composition (allOf) only wraps references here.
function closeObjects(node) {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!node || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'example' || k === 'examples' ? v : closeObjects(v)]));
  if (copy.properties && copy.additionalProperties === undefined && !copy.allOf) copy.additionalProperties = false;
  return copy;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi.json', components: closeObjects(document.components ?? {}) });

const validators = new Map();
function validatorFor(schema) {
  if (!validators.has(schema)) validators.set(schema, ajv.compile({ $id: `s${validators.size}`, ...rebase(closeObjects(schema)) }));
  return validators.get(schema);
}

// Inline schemas refer to '#/components/…' of the document: point them at the schema added above.
function rebase(node) {
  if (Array.isArray(node)) return node.map(rebase);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? 'openapi.json' + v : rebase(v)]));
}

function resolve(node) {
  let current = node;
  while (current && current.$ref) {
    current = current.$ref.slice(2).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~')).reduce((n, key) => n?.[key], document);
  }
  return current;
}

function describeErrors(errors) {
  return (errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`).join('; ');
}

// ------------------------------------------------------------------ results

let passed = 0;
let failed = 0;
function record(name, problems) {
  if (problems.length === 0) {
    passed++;
    console.log(`ok - ${name}`);
  } else {
    failed++;
    console.log(`not ok - ${name}: ${problems.join(' | ')}`);
  }
}

// ------------------------------------------------------------------ HTTP

async function call(method, path, { key, query, body, rawBody, headers } = {}) {
  const url = new URL(baseUrl.replace(/\/$/, '') + path);
  for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, String(v));
  const requestHeaders = { Accept: 'application/json, application/problem+json, */*;q=0.1', ...(headers ?? {}) };
  if (key) requestHeaders['X-Api-Key'] = key;
  const sent = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  if (sent !== undefined) requestHeaders['Content-Type'] = 'application/json';
  const response = await fetch(url, { method: method.toUpperCase(), headers: requestHeaders, body: sent });
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

// Everything the document says of one answer, checked against what came back.
function conformance(operation, answer) {
  const problems = [];
  const status = String(answer.status);
  const spec = resolve(operation.responses?.[status] ?? operation.responses?.default);
  if (!spec) return [`status ${answer.status} is not documented (${answer.text.slice(0, 200)})`];

  for (const [name, header] of Object.entries(spec.headers ?? {})) {
    const declared = resolve(header);
    const value = answer.headers.get(name);
    if (value === null) {
      if (declared.required) problems.push(`required header ${name} missing`);
      continue;
    }
    const schema = declared.schema ?? {};
    const typed = schema.type === 'integer' || schema.type === 'number' ? Number(value) : value;
    const validate = validatorFor(schema);
    if (!validate(typed)) problems.push(`header ${name}: ${value} ${describeErrors(validate.errors)}`);
  }

  const content = spec.content ?? {};
  const mediaTypes = Object.keys(content);
  const contentType = (answer.headers.get('content-type') ?? '').split(';')[0].trim();
  if (mediaTypes.length === 0) {
    if (answer.text.length > 0) problems.push(`body sent where none is documented: ${answer.text.slice(0, 100)}`);
    return problems;
  }
  if (!mediaTypes.includes(contentType)) {
    problems.push(`content type ${contentType || '(none)'} is not one of ${mediaTypes.join(', ')}`);
    return problems;
  }
  const schema = content[contentType].schema;
  if (schema && contentType.endsWith('json')) {
    if (answer.json === undefined) return [...problems, 'body is not JSON'];
    const validate = validatorFor(schema);
    if (!validate(answer.json)) problems.push(`body: ${describeErrors(validate.errors)}`);
  }
  if (answer.status >= 400 && contentType !== 'application/problem+json') problems.push(`a problem answered as ${contentType}`);
  return problems;
}

function expectStatus(answer, allowed) {
  return allowed(answer.status) ? [] : [`status ${answer.status}: ${JSON.stringify(answer.json?.errors ?? answer.json?.detail ?? answer.text.slice(0, 200))}`];
}

// ------------------------------------------------------------------ real data

const operations = [];
for (const [path, item] of Object.entries(document.paths ?? {})) {
  for (const method of methods) {
    if (item[method]) {
      const parameters = [...(item.parameters ?? []), ...(item[method].parameters ?? [])].map(resolve);
      operations.push({ method, path, operation: item[method], parameters, name: `${method.toUpperCase()} ${path}` });
    }
  }
}

// Reads go first, then changes, deletions last, so that a deletion takes what a POST created.
const order = { get: 0, put: 1, post: 1, patch: 1, delete: 2 };
operations.sort((a, b) => order[a.method] - order[b.method]);

const listCache = new Map();
async function firstItem(collectionPath, key = adminKey) {
  const cacheKey = `${key ? 'key' : 'anonymous'} ${collectionPath}`;
  if (!listCache.has(cacheKey)) {
    const answer = await call('get', collectionPath, { key });
    listCache.set(cacheKey, answer.json?.items ?? []);
  }
  return listCache.get(cacheKey);
}

// A value that the service knows for a path parameter: what this run created there, else read
// from the list of its collection (the item's member of that name, or its id), else from the
// resource above it (a hub's partners), or, for a cohort's year, from the candidacies.
const created = new Map();
async function realValue(collection, name, key) {
  if (key && created.has(collection)) return created.get(collection);
  const items = await firstItem(collection, key);
  if (items.length > 0) return items[0][name] ?? items[0].id;
  if (name === 'year') return (await firstItem('/api/v1/hub-candidacies'))[0]?.cohortYear;
  const segments = collection.split('/');
  const parent = await call('get', segments.slice(0, -1).join('/'), { key });
  const member = parent.json?.[segments.at(-1)]?.[0];
  return member?.[name] ?? member?.id;
}

// Without a key, only what anonymous callers see (published innovations).
async function fillPath(path, parameters, override = {}, key = adminKey) {
  let filled = path;
  for (const parameter of parameters.filter((p) => p.in === 'path')) {
    const placeholder = `{${parameter.name}}`;
    const collection = filled.slice(0, filled.indexOf(placeholder) - 1);
    const value = override[parameter.name] ?? (await realValue(collection, parameter.name, key));
    if (value === undefined) throw new Error(`no real value for ${placeholder} of ${path}`);
    filled = filled.replace(placeholder, encodeURIComponent(String(value)));
  }
  return filled;
}

// The document's example body, with the ids it names replaced by ids the service knows.
const idSources = {
  agencyId: ['/api/v1/agencies', false],
  requesterAgencyId: ['/api/v1/agencies', false],
  agencyIds: ['/api/v1/agencies', true],
  // Published, replicable innovations: what a replication request or a hub activity names.
  innovationId: ['/api/v1/innovations?state=published&replicable=true', false],
  innovationIds: ['/api/v1/innovations?state=published&replicable=true', true],
};
async function exampleBody(operation) {
  const media = operation.requestBody?.content?.['application/json'];
  if (!media) return undefined;
  const example = structuredClone(media.example ?? resolve(media.schema)?.example ?? {});
  async function substitute(node) {
    if (Array.isArray(node)) return Promise.all(node.map(substitute));
    if (!node || typeof node !== 'object') return node;
    for (const [key, value] of Object.entries(node)) {
      if (idSources[key]) {
        const [collection, many] = idSources[key];
        // Read afresh: the run changes states.
        const item = ((await call('get', collection, { key: adminKey })).json?.items ?? [])[0];
        node[key] = many ? [item?.id] : item?.id;
      } else {
        node[key] = await substitute(value);
      }
    }
    return node;
  }
  return substitute(example);
}

// ------------------------------------------------------------------ the cases

// The key is optional where the requirements include the empty one ({}).
function keyIsOptional(operation) {
  const requirements = operation.security ?? document.security ?? [];
  return requirements.length === 0 || requirements.some((r) => Object.keys(r).length === 0);
}

const problemSchema = { $ref: '#/components/schemas/ApiProblem' };
function isProblem(answer) {
  const validate = validatorFor(problemSchema);
  return validate(answer.json) ? [] : [`not a problem: ${describeErrors(validate.errors)}`];
}

function fieldErrors(answer, field) {
  const errors = answer.json?.errors ?? {};
  const wanted = field.toLowerCase();
  return Object.entries(errors)
    .filter(([key]) => key.toLowerCase().replace(/\[\d+\]/g, '') === wanted || key.toLowerCase().replace(/\[\d+\]/g, '').endsWith('.' + wanted))
    .flatMap(([, messages]) => messages);
}

// Values at a bound and just past it, for one schema.
function boundCases(schema, sample) {
  const cases = [];
  const type = schema.type;
  if (type === 'string' && schema.maxLength !== undefined && !schema.format && !schema.enum) {
    const text = (n) => (typeof sample === 'string' && sample.length === n ? sample : 'a'.repeat(n));
    cases.push(['maxLength', schema.maxLength, text(schema.maxLength), 'a'.repeat(schema.maxLength + 1)]);
  }
  if (type === 'integer' || type === 'number') {
    const exact = (v) => (type === 'integer' ? BigInt(v) : Number(v));
    if (schema.maximum !== undefined) cases.push(['maximum', schema.maximum, exact(schema.maximum), type === 'integer' ? BigInt(schema.maximum) + 1n : Number(schema.maximum) + 0.5]);
    if (schema.minimum !== undefined) cases.push(['minimum', schema.minimum, exact(schema.minimum), type === 'integer' ? BigInt(schema.minimum) - 1n : Number(schema.minimum) - 0.5]);
  }
  if (type === 'array' && schema.maxItems !== undefined) {
    const item = Array.isArray(sample) && sample.length > 0 ? sample[0] : undefined;
    if (item !== undefined) cases.push(['maxItems', schema.maxItems, Array(schema.maxItems).fill(item), Array(schema.maxItems + 1).fill(item)]);
  }
  return cases;
}

// At the bound the field may be refused for another reason (a code that does not exist), but not
// for its length or size: past it, a message must appear that was not there at the bound.
function boundProblems(atAnswer, pastAnswer, field) {
  const problems = [];
  if (pastAnswer.status !== 400) problems.push(`past the bound: status ${pastAnswer.status}, not 400`);
  const past = fieldErrors(pastAnswer, field);
  const at = atAnswer.status === 400 ? fieldErrors(atAnswer, field) : [];
  if (past.length === 0) problems.push(`past the bound: no error names ${field} (${JSON.stringify(pastAnswer.json?.errors ?? {})})`);
  else if (past.every((m) => at.includes(m))) problems.push(`at the bound ${field} is refused as past it: ${at.join('; ')}`);
  if (atAnswer.status >= 500) problems.push(`at the bound: status ${atAnswer.status}`);
  return problems;
}

function serialize(value) {
  return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? `__big${v}__` : v)).replace(/"__big(-?\d+)__"/g, '$1');
}

// Walks a request body's schema beside its example: every bounded property, with where it sits.
function* boundedProperties(schema, sample, path) {
  const resolved = resolve(schema);
  if (!resolved) return;
  for (const variant of [...(resolved.allOf ?? []), ...(resolved.oneOf ?? [])]) yield* boundedProperties(variant, sample, path);
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    const here = [...path, name];
    const target = resolve(property.oneOf ? property.oneOf.find((v) => v.$ref) ?? property : property);
    const value = sample?.[name];
    for (const bound of boundCases(target, value)) yield { field: here, bound };
    if (target.type === 'array' && target.items) {
      const items = resolve(target.items);
      const first = Array.isArray(value) ? value[0] : undefined;
      for (const bound of boundCases(items, first)) yield { field: here, bound: [bound[0], bound[1], [bound[2]], [bound[3]]], items: true };
      if (items.properties && first !== undefined) yield* boundedProperties(items, first, [...here, 0]);
    }
    if (target.properties && value !== undefined) yield* boundedProperties(target, value, here);
  }
}

function withValue(body, path, value) {
  const copy = structuredClone(body);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)] = value;
  return copy;
}

// Keys of agencies, made for the run by the ministry's key.
const agencyKeys = new Map();
async function agencyKey(agencyId) {
  if (!agencyKeys.has(agencyId)) {
    const client = await call('post', '/api/v1/api-clients', { key: adminKey, body: { name: `Contract suite ${agencyId}`, role: 'agency', agencyId } });
    agencyKeys.set(agencyId, client.json?.key);
  }
  return agencyKeys.get(agencyId);
}

// The agencies concerned by the resource an operation acts on, with their keys.
async function concernedKeys(realPath) {
  const resourcePath = realPath.match(/^\/api\/v1\/[^/]+\/[^/]+/)?.[0];
  const resource = resourcePath ? (await call('get', resourcePath, { key: adminKey })).json : undefined;
  const agencies = [...new Set(['agencyId', 'ownerAgencyId', 'requesterAgencyId'].map((f) => resource?.[f]).filter(Boolean))];
  const keys = [];
  for (const agencyId of agencies) {
    const key = await agencyKey(agencyId);
    if (key) keys.push([agencyId, key]);
  }
  return keys;
}

const agencyKeyForBounds = { value: undefined };
async function keyFor(method, path, body) {
  // Operations of the agency concerned refuse the ministry's key (403): use an agency's key then.
  const first = await call(method, path, { key: adminKey, body });
  if (first.status !== 403) return adminKey;
  const concerned = await concernedKeys(path);
  if (concerned.length > 0) return concerned[0][1];
  agencyKeyForBounds.value ??= await agencyKey((await firstItem('/api/v1/agencies'))[0].id);
  return agencyKeyForBounds.value ?? adminKey;
}

const testedBodyBounds = new Set();

async function checkOperation({ method, path, operation, parameters, name }, deferred = false) {
  const body = await exampleBody(operation);
  const optionalKey = keyIsOptional(operation);
  let realPath;
  try {
    realPath = await fillPath(path, parameters);
  } catch (error) {
    if (!deferred) return 'deferred';
    record(`${name} with real data`, [error.message]);
    return;
  }

  // 1. Real data, the ministry's key. An id the example leaves out (the owner of an innovation,
  // which an agency's key implies) is added when the answer asks for it.
  let answer = await call(method, realPath, { key: adminKey, body });
  const missing = Object.keys(answer.status === 400 ? answer.json?.errors ?? {} : {}).filter((f) => idSources[f] && body && !(f in body));
  if (missing.length > 0) {
    for (const field of missing) {
      const [collection, many] = idSources[field];
      const id = (await firstItem(collection))[0].id;
      body[field] = many ? [id] : id;
    }
    answer = await call(method, realPath, { key: adminKey, body });
  }
  // An operation of the agency concerned (the owner, the requester, the candidate) refuses the
  // ministry: call it again with that agency's key.
  let caller = 'the ministry';
  let callerKey = adminKey;
  if (answer.status === 403) {
    for (const [agencyId, key] of await concernedKeys(realPath)) {
      const retry = await call(method, realPath, { key, body });
      if (retry.status !== 403) {
        answer = retry;
        caller = `agency ${agencyId}`;
        callerKey = key;
        break;
      }
    }
  }
  const okStatus = method === 'get' ? (s) => s >= 200 && s < 300 : (s) => s < 500 && s !== 400;
  record(`${name} with real data as ${caller} (${answer.status})`, [...expectStatus(answer, okStatus), ...conformance(operation, answer)]);
  // What a POST created is what a later deletion in the same collection takes.
  if (method === 'post' && answer.status === 201 && answer.json?.id) created.set(realPath, answer.json.id);

  // 2. An unknown key: 401 everywhere.
  const unknown = await call(method, realPath, { key: unknownKey, body });
  record(`${name} with an unknown key → 401`, [...expectStatus(unknown, (s) => s === 401), ...conformance(operation, unknown), ...isProblem(unknown)]);

  // 3. No key: allowed where the key is optional, 401 where it is required.
  if (method === 'get') {
    const anonymous = await call(method, optionalKey ? await fillPath(path, parameters, {}, null) : realPath, { body });
    const wanted = optionalKey ? (s) => s >= 200 && s < 300 : (s) => s === 401;
    record(`${name} without a key → ${optionalKey ? '2xx' : '401'}`, [...expectStatus(anonymous, wanted), ...conformance(operation, anonymous)]);
  }

  // 4. An unknown id: 404, to the caller of step 1.
  const uuidParameters = parameters.filter((p) => p.in === 'path' && resolve(p.schema)?.format === 'uuid');
  if (uuidParameters.length > 0 && answer.status !== 403) {
    const override = Object.fromEntries(uuidParameters.map((p) => [p.name, randomUUID()]));
    const missingPath = await fillPath(path, parameters, override);
    const missing = await call(method, missingPath, { key: callerKey, body });
    record(`${name} with an unknown id → 404`, [...expectStatus(missing, (s) => s === 404), ...conformance(operation, missing), ...isProblem(missing)]);
  }

  // 5. Paging out of bounds: 400 naming the parameter.
  for (const [parameter, value] of [['pageSize', 0], ['pageSize', 101], ['cursor', 'not-a-cursor']]) {
    if (!parameters.some((p) => p.name === parameter && p.in === 'query')) continue;
    const bad = await call(method, realPath, { key: adminKey, query: { [parameter]: value } });
    const names = fieldErrors(bad, parameter).length > 0 ? [] : [`no error names ${parameter}`];
    record(`${name} with ${parameter}=${value} → 400`, [...expectStatus(bad, (s) => s === 400), ...names, ...conformance(operation, bad), ...isProblem(bad)]);
  }

  // 6. The bounds of query and path parameters.
  for (const parameter of parameters.filter((p) => p.in === 'query' || (p.in === 'path' && resolve(p.schema)?.type === 'integer'))) {
    for (const [kind, limit, atValue, pastValue] of boundCases(resolve(parameter.schema), undefined)) {
      const send = async (value) => {
        if (parameter.in === 'query') return call(method, realPath, { key: adminKey, query: { [parameter.name]: value } });
        return call(method, await fillPath(path, parameters, { [parameter.name]: value }), { key: adminKey, body });
      };
      const at = await send(atValue);
      const past = await send(pastValue);
      record(`${name} ${parameter.name} ${kind} ${limit}: accepted at it, 400 past it`, [
        ...boundProblems(at, past, parameter.name),
        ...conformance(operation, at),
        ...conformance(operation, past),
      ]);
    }
  }

  // 7. The bounds of the request body, once per schema and property.
  const media = operation.requestBody?.content?.['application/json'];
  if (media && body !== undefined) {
    const key = await keyFor(method, realPath, body);
    const schemaName = (resolve(media.schema)?.allOf?.[0]?.$ref ?? media.schema.$ref ?? name).split('/').at(-1);
    for (const { field, bound, items } of boundedProperties(media.schema, body, [])) {
      const [kind, limit, atValue, pastValue] = bound;
      const label = `${schemaName}.${field.join('.')}${items ? '[]' : ''} ${kind} ${limit}`;
      if (testedBodyBounds.has(label)) continue;
      testedBodyBounds.add(label);
      const fieldName = field.filter((f) => typeof f === 'string').join('.');
      const at = await call(method, realPath, { key, rawBody: serialize(withValue(body, field, atValue)) });
      const past = await call(method, realPath, { key, rawBody: serialize(withValue(body, field, pastValue)) });
      record(`${name} body ${label}: accepted at it, 400 past it`, [
        ...boundProblems(at, past, fieldName),
        ...conformance(operation, at),
        ...conformance(operation, past),
      ]);
    }
  }
}

// An operation on a resource that the data has none of yet (a replication request) runs again
// after the changes, which create one.
const later = [];
async function run(entry, deferred) {
  try {
    if ((await checkOperation(entry, deferred)) === 'deferred') later.push(entry);
  } catch (error) {
    record(`${entry.name}`, [`the check itself failed: ${error.stack ?? error}`]);
  }
}
for (const entry of operations.filter((o) => o.method !== 'delete')) await run(entry, false);
listCache.clear();
for (const entry of later.splice(0)) await run(entry, true);
for (const entry of operations.filter((o) => o.method === 'delete')) await run(entry, true);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
