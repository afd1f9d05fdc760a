viewportWidth => {
  const d = window.__dx || { lcp: null, lcpElement: null, cls: 0, shift: null, longTasks: [], frames: [] };
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const fcp = paint ? paint.startTime : null;
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const size = e => e.transferSize || e.encodedBodySize || 0;
  const bytes = (nav ? size(nav) : 0) + resources.reduce((sum, r) => sum + size(r), 0);
  // Total blocking time as Lighthouse defines it: each long task's time over 50 ms, after first contentful paint.
  const tbt = d.longTasks.filter(t => fcp === null || t[0] + t[1] > fcp).reduce((sum, t) => sum + Math.max(0, t[1] - 50), 0);
  const byScript = {};
  d.frames.forEach(f => { byScript[f[0]] = (byScript[f[0]] || 0) + f[1]; });
  const scripts = Object.entries(byScript).sort((a, b) => b[1] - a[1]).slice(0, 3).map(s => [s[0], Math.round(s[1])]);
  const largest = resources.map(r => [r.name, size(r)]).sort((a, b) => b[1] - a[1]).slice(0, 3);
  const viewport = document.querySelector('meta[name="viewport"]');
  return {
    fcp, lcp: d.lcp, lcpElement: d.lcpElement, cls: d.cls, shiftElement: d.shift ? d.shift.element : null,
    tbt, longTasks: d.longTasks.length, scripts, largest, bytes, requests: resources.length + 1,
    elements: document.getElementsByTagName('*').length,
    viewport: viewport ? viewport.getAttribute('content') : null,
    // Against the emulated screen, not innerWidth: without a mobile viewport innerWidth is the 980 px layout width.
    overflow: Math.max(0, document.documentElement.scrollWidth - viewportWidth)
  };
}
