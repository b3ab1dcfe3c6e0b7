// Writes the Newman environment of the Portman suite (ADR 23): the service's address, the keys and
// the real ids that the generated requests use, read from the running service's own lists. What the
// demo data lacks is made here with the ministry's key: agency keys for the operations that only the
// agency concerned may call, a replication request to cancel, and webhook subscriptions with a delivery.
//
//   JIPP_ADMIN_API_KEY=… node environment.mjs <base URL> <environment.json>
//
// The file holds the run's keys: it is written under TestResults, never committed.
import { writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

const [baseUrl, output] = process.argv.slice(2);
const adminKey = process.env.JIPP_ADMIN_API_KEY;
if (!baseUrl || !output || !adminKey) {
  console.error('usage: JIPP_ADMIN_API_KEY=… node environment.mjs <base URL> <environment.json>');
  process.exit(2);
}
const base = baseUrl.replace(/\/$/, '');

async function call(method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'X-Api-Key': adminKey, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const expected = method === 'GET' ? 200 : 201;
  if (response.status !== expected) throw new Error(`${method} ${path}: status ${response.status}: ${await response.text()}`);
  return response.json();
}
async function items(path) {
  const list = (await call('GET', path)).items ?? [];
  if (list.length === 0) throw new Error(`GET ${path}: no item`);
  return list;
}
async function agencyKey(agencyId) {
  return (await call('POST', '/api/v1/api-clients', { name: `Portman suite ${agencyId}`, role: 'agency', agencyId })).key;
}

const values = {
  baseUrl: base,
  apiKey: adminKey,
  unknownKey: 'jipp_' + 'x'.repeat(43),
  unknownId: randomUUID(),
  unknownProvinceCode: '00',
};
values.agencyId = (await items('/api/v1/agencies'))[0].id;
values.apiClientId = (await items('/api/v1/api-clients'))[0].id;
values.provinceCode = (await items('/api/v1/provinces'))[0].code;

// Published and replicable: anonymous callers see it, a replication request and an activity may name it.
const innovation = (await items('/api/v1/innovations?state=published&replicable=true'))[0];
values.innovationId = innovation.id;
values.ownerAgencyId = innovation.agencyId;
values.ownerKey = await agencyKey(innovation.agencyId);

// Two regency governments other than the owner: one requests the replication the collection
// follows to its completion, the other one requests (here) the replication that it cancels; the
// first is also the partner that readiness evidence and a hub activity name.
const regencies = (await items('/api/v1/agencies?type=regencyGovernment&pageSize=10')).filter((a) => a.id !== innovation.agencyId);
if (regencies.length < 2) throw new Error('fewer than two regency governments');
values.requesterAgencyId = regencies[0].id;
values.requesterKey = await agencyKey(regencies[0].id);
values.partnerAgencyId = regencies[0].id;
// Webhook subscriptions (the ministry's): one that the collection reads, changes, rotates and whose
// delivery it redelivers, one that it deletes. The replication request below is an event after their
// start, so the delivery worker gives the first a delivery (to an address that does not resolve: it
// waits for its retry), which is looked for until it is there.
const webhookUrl = 'https://penerima.contoh.invalid/jipp';
values.webhookSubscriptionId = (await call('POST', '/api/v1/webhook-subscriptions', { url: webhookUrl, eventTypes: [], description: 'Portman suite' })).subscription.id;
values.deletedWebhookSubscriptionId = (await call('POST', '/api/v1/webhook-subscriptions', { url: webhookUrl, eventTypes: [], description: 'Portman suite, deleted' })).subscription.id;
const cancelled = await call('POST', '/api/v1/replication-requests', {
  innovationId: innovation.id,
  requesterAgencyId: regencies[1].id,
  motivation: 'Replication request of the Portman suite, to be cancelled.',
  plannedStartOn: '2030-01-01',
});
values.cancelledReplicationRequestId = cancelled.id;
for (let attempt = 0; values.webhookDeliveryId === undefined; attempt++) {
  const deliveries = (await call('GET', `/api/v1/webhook-subscriptions/${values.webhookSubscriptionId}/deliveries`)).items ?? [];
  if (deliveries.length > 0) values.webhookDeliveryId = deliveries[0].id;
  else if (attempt >= 150) throw new Error('no webhook delivery within 30 s of an event');
  else await new Promise((resolve) => setTimeout(resolve, 200));
}
values.cancellingKey = await agencyKey(regencies[1].id);

// Candidacies: the first is read and rejected, the second withdrawn by its agency; a provincial
// government whose province has neither a candidacy nor a hub is shortlisted and taken through
// onboarding by the collection.
const candidacies = await items('/api/v1/hub-candidacies?pageSize=100');
if (candidacies.length < 2) throw new Error('fewer than two candidacies');
values.candidacyId = candidacies[0].id;
values.cohortYear = String(candidacies[0].cohortYear);
values.withdrawnCandidacyId = candidacies[1].id;
values.withdrawingKey = await agencyKey(candidacies[1].agencyId);
const hubs = await items('/api/v1/hubs?pageSize=100');
values.hubId = hubs[0].id;
const taken = new Set([...candidacies.map((c) => c.provinceCode), ...hubs.map((h) => h.provinceCode)]);
const candidate = (await items('/api/v1/agencies?type=provincialGovernment&pageSize=100')).find((a) => !taken.has(a.provinceCode));
if (!candidate) throw new Error('no provincial government without a candidacy or a hub');
values.candidateAgencyId = candidate.id;
values.candidateKey = await agencyKey(candidate.id);

const environment = {
  name: 'JIPP Portman suite',
  values: Object.entries(values).map(([key, value]) => ({ key, value: String(value), type: /Key$/.test(key) ? 'secret' : 'default', enabled: true })),
};
writeFileSync(output, JSON.stringify(environment, null, 2));
console.log(`environment written: ${Object.keys(values).join(', ')}`);
