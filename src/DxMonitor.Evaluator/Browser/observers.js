window.__dx = { lcp: null, lcpElement: null, cls: 0, shift: null, longTasks: [], frames: [], input: false };
const observe = (type, each) => {
  try { new PerformanceObserver(list => list.getEntries().forEach(each)).observe({ type, buffered: true }); } catch (e) { }
};
// A short CSS path and the start of the HTML of an element, so the evidence names what to fix.
window.__dxDescribe = node => {
  if (!node || node.nodeType !== 1) { return null; }
  const path = [];
  for (let n = node; n && n.nodeType === 1 && path.length < 4; n = n.parentElement) {
    let part = n.localName;
    if (n.id) { path.unshift(part + '#' + n.id); break; }
    const cls = (n.getAttribute('class') || '').trim().split(/\s+/).filter(c => c)[0];
    if (cls) { part += '.' + cls; }
    path.unshift(part);
  }
  const html = node.outerHTML || '';
  return path.join(' > ') + ' ' + (html.length > 160 ? html.slice(0, 160) + '…' : html);
};
observe('largest-contentful-paint', e => {
  window.__dx.lcp = e.startTime;
  window.__dx.lcpElement = window.__dxDescribe(e.element) || (e.url ? '<img src="' + e.url + '">' : null);
});
// Chromium flags shifts after the screen emulation as following input (hadRecentInput, crbug.com/1094974), so, as
// Lighthouse does, the flag excludes a shift only once the page has seen real input; the evaluator never sends any.
['pointerdown', 'keydown'].forEach(type => addEventListener(type, e => { if (e.isTrusted) { window.__dx.input = true; } }, true));
observe('layout-shift', e => {
  if (e.hadRecentInput && window.__dx.input) { return; }
  window.__dx.cls += e.value;
  if (!window.__dx.shift || e.value > window.__dx.shift.value) {
    // The node that moved most (sources come largest first); a text node is named by its element.
    const nodes = (e.sources || []).map(s => s.node && s.node.nodeType === 3 ? s.node.parentElement : s.node);
    const node = nodes.find(n => n && n.nodeType === 1);
    window.__dx.shift = { value: e.value, element: node ? window.__dxDescribe(node) : null };
  }
});
observe('longtask', e => { window.__dx.longTasks.push([e.startTime, e.duration]); });
// Long animation frames name the scripts behind the main thread's blocking (Chromium 123+).
observe('long-animation-frame', e => {
  (e.scripts || []).forEach(s => { if (s.duration > 0) { window.__dx.frames.push([s.sourceURL || s.invoker || '', s.duration]); } });
});
