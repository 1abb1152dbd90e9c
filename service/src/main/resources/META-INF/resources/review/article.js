// The article as the annotator read it: each span with its type and language, the embedded posts as cards,
// each quotation highlighted where it stands, its details shown on hover and on keyboard focus.
import { el, present } from "./dom.js";
import { languageName, platformName, typeName } from "./labels.js";
import { quoteDetails } from "./quotes.js";

/**
 * The annotation's text indexed as its offsets count: by Unicode code point. A JavaScript string counts
 * UTF-16 units, so an emoji before a quotation would shift it by one if the text were sliced directly.
 */
export function codePointText(text) {
  const characters = Array.from(text ?? "");
  return (start, end) => characters.slice(start, end).join("");
}

/** The spans, in text order, as blocks; consecutive post spans of one post go into that post's card. */
export function articleView(annotation, colourOf) {
  const slice = codePointText(annotation.text);
  const quotes = annotation.quotes ?? [];
  const posts = new Map(quotes.filter(quote => quote.kind === "post").map(quote => [quote.id, quote]));
  const inline = quotes.filter(quote => quote.kind !== "post");
  const placed = new Set();
  let pieces = 0;

  // A quotation crossing spans is cut into pieces; only its first piece takes the keyboard focus and the
  // id that the side list scrolls to.
  function quotePiece(quote, text) {
    const first = !placed.has(quote.id);
    placed.add(quote.id);
    const aboutId = `quote-about-${pieces++}`;
    return el("span", { class: "quote-wrap" },
      el("mark", {
        class: "quote", id: first ? `quote-${quote.id}` : null, tabindex: first ? 0 : null,
        "aria-describedby": first ? aboutId : null, "data-quote": quote.id,
      }, text),
      el("span", { class: "quote-about", id: aboutId, role: "tooltip", lang: "en" }, quoteDetails(quote)));
  }

  // The text from start to end, each quotation in it marked; a quotation inside another one is marked on its own.
  function markedText(start, end) {
    const within = inline.filter(quote => quote.start < end && quote.end > start);
    const cuts = new Set([start, end]);
    for (const quote of within) {
      cuts.add(Math.max(quote.start, start));
      cuts.add(Math.min(quote.end, end));
    }
    const bounds = [...cuts].sort((a, b) => a - b);
    return bounds.slice(1).map((to, i) => {
      const from = bounds[i];
      const innermost = within.filter(quote => quote.start <= from && quote.end >= to)
        .reduce((best, quote) => (best && best.start >= quote.start ? best : quote), null);
      return innermost ? quotePiece(innermost, slice(from, to)) : slice(from, to);
    });
  }

  function spanBlock(span) {
    return el("div", { class: `span type-${span.type} ${colourOf(span.language)}`, "data-span": span.id },
      el("p", { class: "labels" },
        el("span", { class: "type-label" }, typeName(span.type)),
        el("span", { class: "lang-label" }, languageName(span.language))),
      el("p", { class: "span-text", lang: span.language }, markedText(span.start, span.end)));
  }

  const view = [];
  let card = null;
  for (const span of annotation.spans ?? []) {
    if (span.type !== "post") {
      card = null;
      view.push(spanBlock(span));
      continue;
    }
    if (!card || card.quoteId !== span.quote) {
      card = postCard(posts.get(span.quote), placed, colourOf);
      view.push(card.element);
    }
    card.body.append(spanBlock(span));
  }
  return view;
}

/** A post's card: platform, name, handle, date, link; then its spans; then its mentions, hashtags and URLs. */
function postCard(quote, placed, colourOf) {
  const attribution = quote?.attribution ?? {};
  const first = quote !== undefined && !placed.has(quote.id);
  if (quote) {
    placed.add(quote.id);
  }
  const key = quote ? quote.id : "unknown";
  const headingId = first ? `quote-${key}-heading` : null;
  const body = el("div", { class: "post-body" });
  const element = el("article", {
    class: `post-card ${colourOf(quote?.language)}`, id: first ? `quote-${key}` : null, tabindex: first ? -1 : null,
    "aria-labelledby": headingId, "data-quote": quote?.id,
  },
  el("header", { class: "post-head" },
    el("h3", { id: headingId },
      present(attribution.name) ? attribution.name : "Nobody named",
      present(attribution.handle) ? el("span", { class: "handle" }, ` @${attribution.handle}`) : null),
    el("p", { class: "post-meta" }, postMeta(quote, attribution))),
  body,
  entityLists(quote?.entities));
  return { quoteId: quote?.id, element, body };
}

function postMeta(quote, attribution) {
  const parts = [platformName(quote?.platform ?? "post")];
  if (present(attribution.date) || present(attribution.dateText)) {
    parts.push(el("time", { datetime: attribution.date }, attribution.dateText ?? attribution.date));
  }
  if (present(attribution.url)) {
    parts.push(el("a", { href: webAddress(attribution.url) }, "Open the post"));
  }
  if (present(attribution.rule)) {
    parts.push(`Rule: ${attribution.rule}`);
  }
  return parts.flatMap((part, i) => (i === 0 ? [part] : [" · ", part]));
}

function entityLists(entities) {
  const groups = [
    ["Mentions", (entities?.mentions ?? []).map(mention => `@${mention.handle}`)],
    ["Hashtags", (entities?.hashtags ?? []).map(hashtag => `#${hashtag.tag}`)],
    ["URLs", (entities?.urls ?? []).map(url => el("a", { href: webAddress(url.url) }, url.url))],
  ];
  return el("dl", { class: "entities" }, groups.map(([name, items]) => el("div", {},
    el("dt", {}, name),
    el("dd", {}, items.length === 0 ? "none" : el("ul", {}, items.map(item => el("li", {}, item)))))));
}

/** Posts' links are often written without a scheme ("pic.twitter.com/…"). */
function webAddress(address) {
  return /^https?:\/\//i.test(address) ? address : `https://${address}`;
}
