() => {
  const d = window.__dx || { lcp: null, cls: 0, longTasks: [] };
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const fcp = paint ? paint.startTime : null;
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const size = e => e.transferSize || e.encodedBodySize || 0;
  const bytes = (nav ? size(nav) : 0) + resources.reduce((sum, r) => sum + size(r), 0);
  // Total blocking time as Lighthouse defines it: each long task's time over 50 ms, after first contentful paint.
  const tbt = d.longTasks.filter(t => fcp === null || t[0] + t[1] > fcp).reduce((sum, t) => sum + Math.max(0, t[1] - 50), 0);
  const viewport = document.querySelector('meta[name="viewport"]');
  return {
    fcp, lcp: d.lcp, cls: d.cls, tbt, longTasks: d.longTasks.length, bytes, requests: resources.length + 1,
    viewport: viewport ? viewport.getAttribute('content') : null,
    overflow: Math.max(0, document.documentElement.scrollWidth - window.innerWidth)
  };
}
