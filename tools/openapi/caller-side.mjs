// Writes the caller's side of the OpenAPI document: what a caller sends (parameters, request
// bodies, with every schema they reach) and the rate-limit headers of every answer. The OWASP
// ruleset is run on this view: its limits guard against unbounded input, and the bodies the
// service answers with are not input (ADR 23).
//
//   node caller-side.mjs <document.json> <output.json>
import { readFileSync, writeFileSync } from 'node:fs';

const [source, target] = process.argv.slice(2);
if (!source || !target) {
  console.error('usage: node caller-side.mjs <document.json> <output.json>');
  process.exit(2);
}

const document = JSON.parse(readFileSync(source, 'utf8'));
const rateLimitHeaders = new Set(['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After']);
const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

// A response keeps its description and its rate-limit headers; its body is the service's, not input.
function callerSideOfResponse(response) {
  if (response.$ref) return response;
  const headers = Object.fromEntries(Object.entries(response.headers ?? {}).filter(([name]) => rateLimitHeaders.has(name)));
  return { description: response.description, ...(Object.keys(headers).length ? { headers } : {}) };
}

const paths = {};
for (const [path, item] of Object.entries(document.paths ?? {})) {
  paths[path] = {};
  for (const [key, value] of Object.entries(item)) {
    if (!methods.includes(key)) {
      paths[path][key] = value;
      continue;
    }
    const { responses = {}, ...operation } = value;
    paths[path][key] = {
      ...operation,
      responses: Object.fromEntries(Object.entries(responses).map(([status, response]) => [status, callerSideOfResponse(response)])),
    };
  }
}

const components = document.components ?? {};
const view = {
  ...document,
  paths,
  components: {
    ...components,
    responses: Object.fromEntries(Object.entries(components.responses ?? {}).map(([name, response]) => [name, callerSideOfResponse(response)])),
    headers: Object.fromEntries(Object.entries(components.headers ?? {}).filter(([name]) => rateLimitHeaders.has(name))),
    schemas: {},
  },
};

// Keep the schemas that what is left refers to, transitively.
const wanted = new Set();
function collect(node) {
  if (Array.isArray(node)) return node.forEach(collect);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
      const name = value.slice('#/components/schemas/'.length);
      if (!wanted.has(name)) {
        wanted.add(name);
        collect(components.schemas?.[name]);
      }
    } else if (key !== 'example' && key !== 'examples') {
      collect(value);
    }
  }
}
collect(view.paths);
collect(view.components.responses);
for (const name of [...wanted].sort()) view.components.schemas[name] = components.schemas[name];

writeFileSync(target, JSON.stringify(view, null, 2) + '\n');
console.log(`${target}: ${Object.keys(paths).length} paths, ${wanted.size} of ${Object.keys(components.schemas ?? {}).length} schemas reached by what callers send`);
