// Who said what: a quotation's details, and the side list of quotations grouped by speaker.
import { el, present } from "./dom.js";
import { kindName, languageName } from "./labels.js";

const EXCERPT_LENGTH = 60;

/** The quotation's speaker, cue, rule, kind and language, one line each; a missing field adds no line. */
export function quoteDetails(quote) {
  const attribution = quote.attribution ?? {};
  const speaker = present(attribution.name)
    ? ["Said by ", el("strong", {}, attribution.name), present(attribution.handle) ? ` @${attribution.handle}` : null]
    : ["No speaker named"];
  return [
    el("span", { class: "line" }, ...speaker),
    present(attribution.cue) ? el("span", { class: "line" }, `Cue: “${attribution.cue}”`) : null,
    present(attribution.rule) ? el("span", { class: "line" }, `Rule: ${attribution.rule}`) : null,
    el("span", { class: "line" }, `${kindName(quote.kind)}, ${languageName(quote.language)}`),
  ].filter(Boolean);
}

/**
 * The side list: a heading per speaker, in the order they first speak (nobody named last), and under it a
 * link to each of their quotations. A speaker's posts and quotations go together when they share the
 * handle or the name written without accents.
 */
export function quoteList(annotation, excerptOf) {
  const quotes = annotation.quotes ?? [];
  if (quotes.length === 0) {
    return [el("p", {}, "The annotator found no quotations.")];
  }
  const speakers = [];
  const byKey = new Map();
  const nobody = { name: "No speaker named", handle: null, quotes: [] };
  for (const quote of quotes) {
    const keys = speakerKeys(quote.attribution);
    let speaker = keys.map(key => byKey.get(key)).find(Boolean);
    if (keys.length === 0) {
      speaker = nobody;
    } else if (!speaker) {
      speaker = { name: quote.attribution.name || `@${quote.attribution.handle}`, handle: null, quotes: [] };
      speakers.push(speaker);
    }
    speaker.handle ??= present(quote.attribution?.handle) ? quote.attribution.handle : null;
    keys.forEach(key => byKey.set(key, speaker));
    speaker.quotes.push(quote);
  }
  if (nobody.quotes.length > 0) {
    speakers.push(nobody);
  }
  return speakers.map(speaker => el("section", { class: "speaker" },
    el("h4", {}, speaker.name, present(speaker.handle) ? el("span", { class: "handle" }, ` @${speaker.handle}`) : null),
    el("ul", {}, speaker.quotes.map(quote => el("li", {},
      el("a", { href: `#quote-${quote.id}`, "data-quote": quote.id },
        `${kindName(quote.kind)}: “${excerpt(excerptOf(quote))}”`))))));
}

function speakerKeys(attribution) {
  if (!attribution) {
    return [];
  }
  const keys = [];
  if (present(attribution.handle)) {
    keys.push(`@${attribution.handle.toLowerCase()}`);
  }
  if (present(attribution.name)) {
    keys.push(attribution.name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase());
  }
  return keys;
}

function excerpt(text) {
  const characters = Array.from(text.trim());
  return characters.length <= EXCERPT_LENGTH
    ? characters.join("")
    : `${characters.slice(0, EXCERPT_LENGTH - 1).join("").trimEnd()}…`;
}
