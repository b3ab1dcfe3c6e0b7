import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { initialLanguage, messages, rememberLanguage } from './i18n.js';

// Only the parts of Chart.js the page draws with, so that the bundle stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const BRAND = '#0b5d3b';
const FIRST_HUB_YEAR = 2020;
const TOP_SCORECARDS = 5;

const state = {
  lang: initialLanguage(),
  data: null,
  charts: {},
  search: null,
  scorecards: null,
};

const t = () => messages[state.lang];
const $ = (id) => document.getElementById(id);

/** An element with its class and text; children are appended as given. */
function el(tag, options = {}, ...children) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = String(options.text);
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

// ------------------------------------------------------------------ the public API

async function api(path) {
  const response = await fetch(`/api/v1${path}`, {
    headers: { Accept: 'application/json', 'Accept-Language': state.lang },
  });
  if (!response.ok) {
    const error = new Error(`${path}: HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

/** Every page of a list route. */
async function all(path) {
  const items = [];
  let cursor = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page = await api(`${path}${separator}pageSize=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

async function load() {
  const [provinces, provinceStatistics, hubs, overview, sectors, flows] = await Promise.all([
    api('/provinces'),
    api('/statistics/provinces'),
    all('/hubs?status=active'),
    api('/statistics/overview'),
    api('/sectors'),
    api('/statistics/replication-flows'),
  ]);
  const statistics = new Map(provinceStatistics.items.map((p) => [p.code, p]));
  return {
    provinces: provinces.items.map((p) => ({ ...p, statistics: statistics.get(p.code) })),
    provinceByCode: new Map(provinces.items.map((p) => [p.code, p])),
    hubs,
    overview,
    sectors: sectors.items,
    sectorByCode: new Map(sectors.items.map((s) => [s.code, s])),
    flows: flows.items,
  };
}

// ------------------------------------------------------------------ drawing

function applyTexts() {
  const m = t();
  document.documentElement.lang = state.lang;
  document.title = m.title;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const text = m[node.dataset.i18n];
    if (typeof text === 'string') node.textContent = text;
  }
  for (const node of document.querySelectorAll('[data-i18n-aria-label]')) {
    node.setAttribute('aria-label', m[node.dataset.i18nAriaLabel]);
  }
  const other = state.lang === 'id' ? 'en' : 'id';
  const button = $('lang-switch');
  // The button names the other language in that language (a switch, not a toggle whose label stays).
  button.setAttribute('lang', other);
}

function number(value) {
  return new Intl.NumberFormat(t().locale).format(value);
}

function sectorName(code) {
  const sector = state.data.sectorByCode.get(code);
  if (!sector) return code;
  return state.lang === 'id' ? sector.nameId : sector.name;
}

function provinceName(code) {
  return code ? state.data.provinceByCode.get(code)?.name ?? code : t().central;
}

function drawTileMap() {
  const m = t();
  const hubYear = new Map(state.data.hubs.filter((h) => h.provinceCode).map((h) => [h.provinceCode, h.designationYear]));
  const tiles = state.data.provinces.map((province) => {
    const s = province.statistics;
    const status = s?.hubStatus ?? (province.hubId ? 'designated' : 'none');
    const label = status === 'designated'
      ? m.statusDesignated(hubYear.get(province.code) ?? '')
      : status === 'invited' ? m.statusInvited(s.candidacyCohortYear) : m.statusNone;
    const count = s?.publishedInnovations ?? 0;
    return el('li', { className: `tile tile-${status} p${province.code}`, attrs: { 'data-province': province.code, 'data-status': status } },
      el('span', { className: 'tile-name' },
        el('span', { text: province.shortName, attrs: { 'aria-hidden': 'true' } }),
        el('span', { className: 'visually-hidden', text: province.name })),
      el('span', { className: 'tile-status', text: label }),
      // The legend says what the number counts; screen readers hear it with every tile.
      el('span', { className: 'tile-count' }, document.createTextNode(number(count)), el('span', { className: 'visually-hidden', text: ` ${m.innovationsShort}` })));
  });
  $('tile-map').replaceChildren(...tiles);
}

/** A bar chart on the canvas, replacing the one drawn before; the canvas is an image whose label says the numbers. */
function barChart(id, labels, values, description, horizontal = false) {
  // Long category names are shortened on the axis only; the table beside each chart has them in full.
  const shorten = (label) => (label.length > 30 ? `${label.slice(0, 29)}…` : label);
  state.charts[id]?.destroy();
  const canvas = $(id);
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', description);
  canvas.textContent = description;
  state.charts[id] = new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [{ data: values, backgroundColor: BRAND, borderColor: '#06331f', borderWidth: 1 }] },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      animation: false,
      maintainAspectRatio: false,
      responsive: true,
      plugins: { legend: { display: false }, tooltip: { enabled: true } },
      scales: {
        [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0, color: '#1b1f23' }, grid: { color: '#e3e6e9' } },
        [horizontal ? 'y' : 'x']: {
          ticks: { color: '#1b1f23', autoSkip: false, callback(value) { return shorten(this.getLabelForValue(value)); } },
          grid: { display: false },
        },
      },
    },
  });
}

function drawTimeline() {
  const m = t();
  const hubs = state.data.hubs;
  const lastYear = Math.max(new Date().getFullYear(), ...hubs.map((h) => h.designationYear));
  const years = [];
  for (let year = FIRST_HUB_YEAR; year <= lastYear; year += 1) years.push(year);
  const byYear = new Map(years.map((year) => [year, hubs.filter((h) => h.designationYear === year)]));
  const counts = years.map((year) => byYear.get(year).length);
  barChart('timeline-chart', years.map(String), counts,
    m.timelineChart(years.map((year, i) => `${year}: ${m.hubCount(counts[i])}`).join(', ')));

  const blocks = years.filter((year) => byYear.get(year).length > 0).map((year) => {
    const list = byYear.get(year)
      .slice()
      .sort((a, b) => provinceName(a.provinceCode).localeCompare(provinceName(b.provinceCode), m.locale))
      .map((hub) => el('li', { attrs: { 'data-hub': hub.id } },
        document.createTextNode(provinceName(hub.provinceCode)),
        el('br'),
        el('span', { className: 'decree', text: hub.decreeNumber ? `${m.decree} ${hub.decreeNumber}${hub.designatedOn ? ` (${formatDate(hub.designatedOn)})` : ''}` : m.noDecree })));
    return el('div', {}, el('h3', { text: `${year} · ${m.hubCount(list.length)}` }), el('ul', {}, ...list));
  });
  $('timeline-list').replaceChildren(...blocks);
}

function formatDate(isoDate) {
  const [y, mo, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(t().locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, mo - 1, d));
}

function table(target, caption, headers, rows) {
  const head = el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { text: h.text, className: h.num ? 'num' : '', attrs: { scope: 'col' } }))));
  const body = el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((cell, i) =>
    i === 0 ? el('th', { text: cell, attrs: { scope: 'row' } }) : el('td', { text: cell, className: headers[i].num ? 'num' : '' })))));
  target.replaceChildren(...[caption ? el('caption', { text: caption }) : null, head, body].filter(Boolean));
}

function drawSectors() {
  const m = t();
  const sectors = state.data.overview.innovationsBySector
    .map((s) => ({ name: sectorName(s.sector), count: s.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, m.locale));
  const top = sectors.slice(0, 3).map((s) => `${s.name} ${number(s.count)}`).join(', ');
  barChart('sector-chart', sectors.map((s) => s.name), sectors.map((s) => s.count), m.sectorChart(top), true);
  table($('sector-table'), m.sectorTitle, [{ text: m.sector }, { text: m.published, num: true }], sectors.map((s) => [s.name, number(s.count)]));
}

function drawStages() {
  const m = t();
  const stages = ['initiative', 'trial', 'implementation'].map((key) => ({ name: m.stages[key], count: state.data.overview.innovationsByMaturityStage[key] }));
  barChart('stage-chart', stages.map((s) => s.name), stages.map((s) => s.count), m.stageChart(stages.map((s) => `${s.name} ${number(s.count)}`).join(', ')));
  table($('stage-table'), m.stageTitle, [{ text: m.stage }, { text: m.published, num: true }], stages.map((s) => [s.name, number(s.count)]));
}

function drawFlows() {
  const m = t();
  const target = $('flows');
  state.charts.flows?.destroy();
  delete state.charts.flows;
  const flows = state.data.flows;
  if (flows.length === 0) {
    target.replaceChildren(el('p', { className: 'empty', text: m.flowsEmpty }));
    return;
  }
  const shortName = (code) => state.data.provinceByCode.get(code)?.shortName ?? code;
  const items = flows.map((f) => m.flowItem(provinceName(f.fromProvinceCode), provinceName(f.toProvinceCode), f.completed));
  const box = el('div', { className: 'chart-box' }, el('canvas', { attrs: { id: 'flows-chart' } }));
  // As tall as its bars need (set through the CSSOM, which the page's policy admits, unlike a style attribute).
  box.style.height = `${4 + 2 * Math.min(flows.length, 12)}rem`;
  const list = el('ol', { className: 'flow-list' }, ...items.map((text) => el('li', { text })));
  target.replaceChildren(box, list);
  const shown = flows.slice(0, 12);
  barChart('flows-chart', shown.map((f) => `${shortName(f.fromProvinceCode)} → ${shortName(f.toProvinceCode)}`), shown.map((f) => f.completed), m.flowsChart(items.slice(0, 12).join('; ')), true);
  state.charts.flows = state.charts['flows-chart'];
}

function drawGeneratedAt() {
  const when = new Intl.DateTimeFormat(t().locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(state.data.overview.generatedAt));
  $('generated-at').textContent = t().generatedAt(when);
}

function drawAll() {
  applyTexts();
  if (!state.data) return;
  drawTileMap();
  drawTimeline();
  drawSectors();
  drawStages();
  drawFlows();
  drawGeneratedAt();
  drawSearch();
  drawScorecards();
}

// ------------------------------------------------------------------ search

async function search(query) {
  state.search = { query, status: 'loading', items: [] };
  drawSearch();
  try {
    const page = await api(`/innovations?q=${encodeURIComponent(query)}&pageSize=10`);
    state.search = { query, status: 'done', items: page.items, more: Boolean(page.nextCursor) };
  } catch {
    state.search = { query, status: 'failed', items: [] };
  }
  drawSearch();
}

function drawSearch() {
  const m = t();
  const status = $('search-status');
  const results = $('search-results');
  const s = state.search;
  status.classList.toggle('error', s?.status === 'failed');
  if (!s) {
    status.textContent = '';
    results.replaceChildren();
    return;
  }
  status.textContent = s.status === 'loading' ? m.searching
    : s.status === 'failed' ? m.searchFailed
      : s.items.length === 0 ? m.searchNone(s.query) : m.searchFound(s.items.length, s.query, s.more);
  results.replaceChildren(...s.items.map((item) => el('li', { attrs: { 'data-innovation': item.id } },
    el('h3', { text: item.title }),
    el('p', { text: item.summary }),
    el('p', { className: 'meta', text: [provinceName(item.provinceCode), sectorName(item.sector), m.stages[item.maturityStage], item.digital ? m.digital : m.nonDigital].join(' · ') }))));
}

// ------------------------------------------------------------------ hub scorecards

async function loadScorecards() {
  const year = $('scorecards-year').value;
  const sort = $('scorecards-sort').value;
  state.scorecards = { status: 'loading' };
  drawScorecards();
  try {
    const answer = await api(`/hub-scorecards?year=${encodeURIComponent(year)}&sort=${encodeURIComponent(sort)}`);
    state.scorecards = { status: 'done', year: answer.year ?? year, items: (answer.items ?? []).slice(0, TOP_SCORECARDS) };
  } catch (error) {
    // A service without the route answers 404 (or 405): the section says so instead of failing.
    state.scorecards = { status: error.status === 404 || error.status === 405 ? 'unavailable' : 'failed' };
  }
  drawScorecards();
}

function percent(ratio) {
  return typeof ratio === 'number' ? new Intl.NumberFormat(t().locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio) : '–';
}

function signed(value) {
  if (typeof value !== 'number') return '';
  return ` (${value > 0 ? '+' : ''}${number(value)})`;
}

function drawScorecards() {
  const m = t();
  const status = $('scorecards-status');
  const target = $('scorecards-table');
  const s = state.scorecards;
  status.classList.remove('error');
  if (!s || s.status !== 'done' || s.items.length === 0) {
    target.replaceChildren();
    status.textContent = !s ? '' : s.status === 'loading' ? m.scorecardsLoading
      : s.status === 'unavailable' ? m.scorecardsUnavailable
        : s.status === 'failed' ? m.scorecardsFailed : m.scorecardsEmpty;
    status.classList.toggle('error', s?.status === 'failed');
    return;
  }
  status.textContent = '';
  table(target, m.scorecardsCaption(s.year), [
    { text: m.hub },
    { text: m.publishedInnovations, num: true },
    { text: m.replicationsCompleted, num: true },
    { text: m.activities, num: true },
    { text: m.agenciesReached, num: true },
    { text: m.coverage, num: true },
    { text: m.partners, num: true },
  ], s.items.map((item, i) => [
    // The rank is the order of the answer, which the chosen sort decides.
    `${number(i + 1)}. ${item.provinceName ?? item.hubName ?? provinceName(item.provinceCode)}`,
    `${number(item.publishedInnovations?.count ?? 0)}${signed(item.publishedInnovations?.change)}`,
    number(item.replications?.completed ?? 0),
    number(item.activities?.total ?? 0),
    number(item.agenciesReached ?? 0),
    percent(item.regencyCoverage?.ratio),
    number(item.partners ?? 0),
  ]));
}

function fillYears() {
  const select = $('scorecards-year');
  const current = new Date().getFullYear();
  const options = [];
  for (let year = current; year >= FIRST_HUB_YEAR; year -= 1) options.push(el('option', { text: year, attrs: { value: String(year) } }));
  select.replaceChildren(...options);
  // The last whole year is the default: the current one is still being written.
  select.value = String(current - 1);
}

// ------------------------------------------------------------------ start

async function start() {
  applyTexts();
  fillYears();
  $('lang-switch').addEventListener('click', () => {
    state.lang = state.lang === 'id' ? 'en' : 'id';
    rememberLanguage(state.lang);
    drawAll();
    if (!state.data) $('status').textContent = t().loading;
    else $('status').textContent = t().loaded;
  });
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const query = $('search-input').value.trim();
    if (query) search(query);
  });
  $('scorecards-year').addEventListener('change', loadScorecards);
  $('scorecards-sort').addEventListener('change', loadScorecards);

  const main = $('main');
  main.dataset.state = 'loading';
  loadScorecards();
  try {
    state.data = await load();
    drawAll();
    $('status').textContent = t().loaded;
    main.dataset.state = 'ready';
    performance.mark('jipp:data-drawn');
  } catch {
    const status = $('status');
    status.textContent = t().loadFailed;
    status.classList.add('error');
    main.dataset.state = 'error';
  }
}

start();
