using System.Diagnostics.CodeAnalysis;

// The evaluator must reach portals whose certificates are expired, self-signed or for another host, to grade them:
// it accepts any certificate only on its own probe connections, never for data it trusts, and TlsInspector reports
// every defect it accepted.
[assembly: SuppressMessage("Security", "CA5359:Do not disable certificate validation",
    Justification = "Probe connections accept bad certificates only to measure them; TlsInspector reports each defect.")]
