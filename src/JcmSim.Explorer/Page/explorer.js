// The explorer page: plain JavaScript, nothing fetched from outside the app. It asks the API for
// the scenarios and their levers, and streams estimates (one JSON line per wave of trials).
"use strict";

const WORDS = {
  en: {
    title: "JcmSim explorer", scenario: "Reference scenario", levers: "Levers and key uncertainties",
    leversHint: "Move a lever to hold that input at a value; untouched inputs stay as the scenario draws them.",
    reset: "Reset all to the scenario", trials: "Trials", running: "running…", done: "done", cancelled: "",
    stopPrecision: (asked, widest) => `— precision reached: every 95% interval within ±${asked} points (widest ±${widest})`,
    stopCap: (widest) => `— trial cap reached (widest 95% interval ±${widest} points)`,
    footer: "Same engines, seed and statistics as jcmsim run; intervals are 95% (Wilson; paired: Tango).",
    target: (y, t) => `P(≥${t} Mt by FY${y})`, ci: "95% interval", median: "median cumulative",
    diff: "vs reference", points: "points", range: "range", asWritten: "in the scenario",
    fanTitle: "Cumulative reductions (MtCO2) with the targets", fanCaption: (r) => `Median, 50% and 90% bands of the cumulative (${r}); black: the targets.`,
    channels: (y) => `Mean reductions to FY${y} by finance channel (MtCO2)`, countries: (y) => `Mean reductions to FY${y} by partner country (MtCO2)`,
    fy: "FY", mt: "MtCO2", valueOf: "value of",
    exports: "Export these settings", exportsHint: "Files of the current settings at the current trial count, drawn by the same code as jcmsim run.",
    exportYaml: "Scenario file (YAML)", exportXlsx: "Workbook (results.xlsx)", exportFanPng: "Fan chart (PNG)", exportFanSvg: "Fan chart (SVG)",
    exportChannelsPng: "By channel (PNG)", exportChannelsSvg: "By channel (SVG)", exportCountriesPng: "By country (PNG)", exportCountriesSvg: "By country (SVG)",
    command: "Command line to rerun at scale (raise --trials)", preparing: (f) => `Preparing ${f}…`, saved: (f) => `Saved ${f}.`,
    reading: { realisedReductions: "realised reductions", expectedReductions: "expected reductions of selected projects", creditsIssued: "credits issued", japanItmos: "Japan's ITMOs" },
  },
  ja: {
    title: "JcmSim エクスプローラー", scenario: "基準シナリオ", levers: "政策レバーと主要な不確実性",
    leversHint: "レバーを動かすとその入力をその値に固定します。動かしていない入力はシナリオどおり確率的に扱います。",
    reset: "すべてシナリオの設定に戻す", trials: "試行数", running: "計算中…", done: "完了", cancelled: "",
    stopPrecision: (asked, widest) => `— 精度に到達：95%区間はすべて±${asked}ポイント以内（最大±${widest}）`,
    stopCap: (widest) => `— 試行数の上限に到達（95%区間は最大±${widest}ポイント）`,
    footer: "jcmsim run と同じエンジン・乱数シード・統計。区間は95%（Wilson、対比較はTango）。",
    target: (y, t) => `${y}年度までに${t}百万t以上の確率`, ci: "95%区間", median: "累積の中央値",
    diff: "基準との差", points: "ポイント", range: "範囲", asWritten: "シナリオの設定",
    fanTitle: "累積削減量（百万tCO2）と目標", fanCaption: (r) => `累積（${r}）の中央値、50%・90%区間。黒は目標。`,
    channels: (y) => `${y}年度までの資金チャネル別平均削減量（百万tCO2）`, countries: (y) => `${y}年度までのパートナー国別平均削減量（百万tCO2）`,
    fy: "年度", mt: "百万tCO2", valueOf: "値:",
    exports: "この設定を書き出す", exportsHint: "現在の設定・現在の試行数のファイル。jcmsim run と同じコードで作成します。",
    exportYaml: "シナリオファイル（YAML）", exportXlsx: "ワークブック（results.xlsx）", exportFanPng: "ファンチャート（PNG）", exportFanSvg: "ファンチャート（SVG）",
    exportChannelsPng: "資金チャネル別（PNG）", exportChannelsSvg: "資金チャネル別（SVG）", exportCountriesPng: "パートナー国別（PNG）", exportCountriesSvg: "パートナー国別（SVG）",
    command: "大規模に再実行するコマンド（--trials を増やす）", preparing: (f) => `${f} を作成中…`, saved: (f) => `${f} を保存しました。`,
    reading: { realisedReductions: "実現した削減量", expectedReductions: "採択案件の想定削減量", creditsIssued: "発行クレジット", japanItmos: "日本へのITMO" },
  },
};

const state = { lang: "en", view: null, moved: {}, controller: null, timer: 0, session: randomId(), seed: 7, cap: 4096, last: null };
const token = new URLSearchParams(location.search).get("token");
const $ = (id) => document.getElementById(id);

function randomId() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function api(path) { return token ? `${path}${path.includes("?") ? "&" : "?"}token=${encodeURIComponent(token)}` : path; }
function w() { return WORDS[state.lang]; }
function text(localized) { return localized ? (state.lang === "ja" && localized.ja ? localized.ja : localized.en) : ""; }
function pct(p) { return (100 * p).toLocaleString(state.lang, { maximumFractionDigits: p < 0.1 ? 1 : 0 }) + "%"; }
function num(x, digits = 1) { return x.toLocaleString(state.lang, { maximumFractionDigits: digits, minimumFractionDigits: digits }); }
function svg(name, attrs, content) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (content !== undefined) el.textContent = content;
  return el;
}

async function start() {
  const config = await (await fetch(api("/api/config"))).json();
  state.lang = config.language; state.seed = config.seed; state.cap = config.trialCap;
  $("version").textContent = `JcmSim ${config.version}`;
  const list = await (await fetch(api("/api/scenarios"))).json();
  const select = $("scenario");
  for (const name of list.scenarios) select.append(new Option(name, name));
  select.value = list.scenarios.includes("baseline") ? "baseline" : list.scenarios[0];
  select.addEventListener("change", () => loadScenario(select.value));
  $("lang-en").addEventListener("click", () => setLanguage("en"));
  $("lang-ja").addEventListener("click", () => setLanguage("ja"));
  $("reset").addEventListener("click", () => { state.moved = {}; renderLevers(); estimate(); });
  for (const button of document.querySelectorAll("[data-export]")) button.addEventListener("click", () => exportFile(button.dataset.export));
  setLanguage(state.lang);
  await loadScenario(select.value);
}

function setLanguage(lang) {
  state.lang = lang;
  document.documentElement.lang = lang;
  $("lang-en").setAttribute("aria-pressed", String(lang === "en"));
  $("lang-ja").setAttribute("aria-pressed", String(lang === "ja"));
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = w()[el.dataset.i18n];
  document.title = w().title;
  if (state.view) { renderHeader(); renderLevers(); }
  if (state.last) render(state.last);
}

async function loadScenario(name) {
  const response = await fetch(api(`/api/scenarios/${encodeURIComponent(name)}`));
  const body = await response.json();
  if (!response.ok) { showProblems(body.problems); return; }
  state.view = body; state.moved = {}; state.last = null;
  renderHeader(); renderLevers(); estimate();
}

function renderHeader() {
  $("question").textContent = `${text(state.view.title)} — ${text(state.view.question)}`;
}

function renderLevers() {
  const host = $("lever-list");
  host.replaceChildren();
  state.view.levers.forEach((lever, i) => {
    const moved = lever.path in state.moved;
    const value = moved ? state.moved[lever.path] : lever.value;
    const step = stepOf(lever);
    const box = document.createElement("div");
    box.className = "lever" + (moved ? " moved" : "");
    const label = document.createElement("label");
    label.htmlFor = `lever-${i}`;
    label.textContent = `${text(lever.label)} (${text(lever.unitText)})`;
    const row = document.createElement("div"); row.className = "row";
    const range = Object.assign(document.createElement("input"), { type: "range", id: `lever-${i}`, min: lever.min, max: lever.max, step, value });
    range.dataset.path = lever.path;
    const exact = Object.assign(document.createElement("input"), { type: "number", min: lever.min, max: lever.max, step, value: round(value, step) });
    exact.setAttribute("aria-label", `${w().valueOf} ${text(lever.label)}`);
    const set = (v) => { state.moved[lever.path] = Number(v); box.classList.add("moved"); schedule(); };
    range.addEventListener("input", () => { exact.value = round(Number(range.value), step); set(range.value); });
    exact.addEventListener("change", () => {
      const v = Math.min(lever.max, Math.max(lever.min, Number(exact.value)));
      exact.value = v; range.value = v; set(v);
    });
    row.append(range, exact);
    const meta = document.createElement("div"); meta.className = "meta";
    meta.textContent = `${w().range} ${num(lever.min, 2)}–${num(lever.max, 2)}; ${w().asWritten}: ${lever.asWritten}`;
    box.append(label, row, meta);
    host.append(box);
  });
}

// A round step when it divides the range (so End reaches the top), else a hundredth of the range.
function stepOf(lever) {
  const span = lever.max - lever.min;
  const raw = span / 100;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const nice = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
  const steps = span / nice;
  return Math.abs(steps - Math.round(steps)) < 1e-9 ? nice : raw;
}
function round(v, step) { const d = Math.max(0, -Math.floor(Math.log10(step))); return Number(v.toFixed(d)); }

// Slider moves arrive many times a second: the estimate starts once the hand rests for 80 ms, and
// each new estimate cancels the one before (the server does the same for the session).
function schedule() { clearTimeout(state.timer); state.timer = setTimeout(estimate, 80); }

async function estimate() {
  if (state.controller) state.controller.abort();
  const controller = new AbortController();
  state.controller = controller;
  $("state").textContent = w().running;
  $("stop").textContent = "";
  showProblems([]);
  const body = { scenario: state.view.name, levers: state.moved, seed: state.seed, trials: state.cap, session: state.session };
  try {
    const response = await fetch(api("/api/estimate"), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), signal: controller.signal });
    if (!response.ok) { showProblems((await response.json()).problems); $("state").textContent = ""; return; }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffered = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
      let newline;
      while ((newline = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, newline); buffered = buffered.slice(newline + 1);
        if (line.trim()) { state.last = JSON.parse(line); render(state.last); }
      }
    }
    if (state.last && state.last.done) await settings();
  } catch (e) {
    if (e.name !== "AbortError") showProblems([String(e.message)]);
  }
}

// The settings of the last update (its trial count, not the cap), as the exports take them.
function exportBody() {
  const trials = state.last ? state.last.trials : state.cap;
  return { scenario: state.view.name, levers: state.moved, seed: state.seed, trials, session: state.session };
}

// A chart of a run with moved inputs is the explored scenario's (charts/STEM-NAME-explored.png), as
// jcmsim run names them when it runs the reference and the file.
function exportName(file) {
  const moved = Object.keys(state.moved).length > 0;
  return moved && file.startsWith("contributions-") ? file.replace(/\.(png|svg)$/, `-${state.view.name}-explored.$1`) : file;
}

async function settings() {
  const response = await fetch(api("/api/export"), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(exportBody()) });
  const body = await response.json();
  if (!response.ok) { showProblems(body.problems); return null; }
  $("command").value = body.command;
  return body;
}

async function exportFile(file) {
  const name = file ? exportName(file) : `${state.view.name}-explored.yaml`;
  $("export-state").textContent = w().preparing(name);
  let blob;
  if (!file) {
    const body = await settings();
    if (!body) { $("export-state").textContent = ""; return; }
    blob = new Blob([body.yaml], { type: "application/yaml" });
  } else {
    const response = await fetch(api(`/api/export/${encodeURIComponent(name)}?lang=${state.lang}`), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(exportBody()) });
    if (!response.ok) { showProblems((await response.json()).problems); $("export-state").textContent = ""; return; }
    blob = await response.blob();
  }
  const link = Object.assign(document.createElement("a"), { href: URL.createObjectURL(blob), download: name });
  document.body.append(link); link.click(); link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  $("export-state").textContent = w().saved(name);
}

function showProblems(problems) { $("problems").textContent = (problems ?? []).join("\n"); }

function render(update) {
  $("trials").textContent = update.trials.toLocaleString(state.lang);
  $("cap").textContent = update.cap.toLocaleString(state.lang);
  $("state").textContent = update.done ? w().done : w().running;
  $("stop").textContent = stopText(update);
  const targets = $("targets");
  targets.replaceChildren();
  for (const t of update.targets) {
    const card = document.createElement("div"); card.className = "target";
    card.id = `target-${t.fiscalYear}`;
    const head = document.createElement("div"); head.textContent = w().target(t.fiscalYear, t.thresholdMt);
    const p = document.createElement("div"); p.className = "p"; p.id = `p-${t.fiscalYear}`; p.textContent = pct(t.probability);
    const ci = document.createElement("div"); ci.className = "ci"; ci.textContent = `${w().ci} ${pct(t.low)}–${pct(t.high)}`;
    const median = document.createElement("div"); median.className = "median"; median.textContent = `${w().median}: ${num(t.medianMt)} ${w().mt}`;
    const diff = document.createElement("div"); diff.className = "diff";
    const sign = (x) => (x > 0 ? "+" : "") + num(100 * x, 1);
    diff.textContent = `${w().diff}: ${sign(t.difference)} ${w().points} [${sign(t.differenceLow)}, ${sign(t.differenceHigh)}]`;
    card.append(head, p, ci, median, diff);
    targets.append(card);
  }
  drawFan(update);
  $("fan-caption").textContent = w().fanCaption(w().reading[update.reading] ?? update.reading);
  $("channels-heading").textContent = w().channels(update.contributionYear);
  $("countries-heading").textContent = w().countries(update.contributionYear);
  table($("channels"), update.channels);
  table($("countries"), update.countries);
}

// Why the estimate stopped: the precision asked (jcmsim run --precision's rule) or the trial cap.
function stopText(update) {
  if (!update.done) return "";
  const points = (h) => num(100 * h, 2);
  return update.stop === "precision" ? w().stopPrecision(points(update.precision), points(update.halfWidth)) : w().stopCap(points(update.halfWidth));
}

function table(el, rows) {
  el.replaceChildren();
  for (const row of rows) {
    const tr = document.createElement("tr");
    const name = document.createElement("td"); name.textContent = text(row.name);
    const value = document.createElement("td"); value.className = "num"; value.textContent = num(row.meanMt);
    tr.append(name, value); el.append(tr);
  }
}

function drawFan(update) {
  const fan = update.fan, chart = $("fan");
  const W = 960, H = 460, left = 80, right = 60, top = 40, bottom = 60;
  const years = fan.years, first = years[0], last = years[years.length - 1];
  const yMax = niceMax(Math.max(...fan.p95, ...update.targets.map((t) => t.thresholdMt)) * 1.08);
  const x = (year) => left + ((year - first) / Math.max(1, last - first)) * (W - left - right);
  const y = (mt) => H - bottom - (mt / yMax) * (H - top - bottom);
  chart.replaceChildren(svg("title", { id: "fan-title" }, w().fanTitle));
  chart.append(svg("text", { x: left, y: 26 }, w().fanTitle));
  const tick = niceStep(yMax / 6);
  for (let v = 0; v <= yMax + 1e-9; v += tick) {
    chart.append(svg("line", { x1: left, x2: W - right, y1: y(v), y2: y(v), stroke: "#ddd" }));
    chart.append(svg("text", { x: left - 8, y: y(v) + 6, "text-anchor": "end" }, num(v, 0)));
  }
  for (let year = Math.ceil(first / 5) * 5; year <= last; year += 5) {
    chart.append(svg("text", { x: x(year), y: H - bottom + 26, "text-anchor": "middle" }, state.lang === "ja" ? `${year}${w().fy}` : `${w().fy}${year}`));
  }
  const band = (lo, hi, fill) => {
    const upper = years.map((yr, i) => `${x(yr)},${y(hi[i])}`);
    const lower = years.map((yr, i) => `${x(yr)},${y(lo[i])}`).reverse();
    chart.append(svg("polygon", { points: upper.concat(lower).join(" "), fill }));
  };
  band(fan.p5, fan.p95, "#cfe3f3");
  band(fan.p25, fan.p75, "#8fbfe3");
  chart.append(svg("polyline", { id: "fan-median", points: years.map((yr, i) => `${x(yr)},${y(fan.p50[i])}`).join(" "), fill: "none", stroke: "#0072b2", "stroke-width": 3 }));
  for (const t of update.targets) {
    chart.append(svg("line", { x1: x(t.fiscalYear) - 18, x2: x(t.fiscalYear) + 18, y1: y(t.thresholdMt), y2: y(t.thresholdMt), stroke: "#000", "stroke-width": 4 }));
    chart.append(svg("text", { x: x(t.fiscalYear) - 22, y: y(t.thresholdMt) - 10, "text-anchor": "end" }, `${t.thresholdMt}`));
  }
  chart.append(svg("line", { x1: left, x2: left, y1: top, y2: H - bottom, stroke: "#000" }));
  chart.append(svg("line", { x1: left, x2: W - right, y1: H - bottom, y2: H - bottom, stroke: "#000" }));
}

function niceStep(v) {
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= v);
}

function niceMax(v) {
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * p).find((s) => s >= v);
}

start().catch((e) => showProblems([String(e.message)]));
