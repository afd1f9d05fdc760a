window.__dx = { lcp: null, cls: 0, longTasks: [] };
const observe = (type, each) => {
  try { new PerformanceObserver(list => list.getEntries().forEach(each)).observe({ type, buffered: true }); } catch (e) { }
};
observe('largest-contentful-paint', e => { window.__dx.lcp = e.startTime; });
observe('layout-shift', e => { if (!e.hadRecentInput) window.__dx.cls += e.value; });
observe('longtask', e => { window.__dx.longTasks.push([e.startTime, e.duration]); });
