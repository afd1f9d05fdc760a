using AngleSharp.Dom;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// A function the one-stop portal must offer (Circular 21/2023/TT-BTTTT) and how a citizen can use it on a page:
/// <paramref name="Find"/> returns the element that does it (a form that submits, a look-up field, a sign-in link to
/// the right domain), never an element that only mentions it. <paramref name="Transactional"/> services are the ones
/// without which a portal offers a citizen nothing to do.
/// </summary>
public sealed record CitizenService(string Code, string Name, bool Transactional, Func<IDocument, Uri, IElement?> Find);
