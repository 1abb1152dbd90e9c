// The annotation at a glance: date, languages and their shares, what was found, how long it took.
import { el, present } from "./dom.js";
import { languageName, typeName } from "./labels.js";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/**
 * The summary's rows. timing is {serverMs, roundTripMs} for an article annotated now, null for a saved
 * annotation that was opened.
 */
export function summary(annotation, colourOf, timing) {
  const rows = [
    ["Date", present(annotation.date) ? dateOf(annotation.date) : "none given"],
    ["Main language", languageName(annotation.language)],
    ["Languages", languageShares(annotation.languages ?? [], colourOf)],
    ["Found", found(annotation)],
    ["Annotation took", timing ? took(timing) : "not annotated now: opened from a file"],
  ];
  if (present(annotation.id)) {
    rows.push(["ID", annotation.id]);
  }
  return el("dl", { class: "summary" }, rows.map(([term, value]) => el("div", {}, el("dt", {}, term), el("dd", {}, value))));
}

function dateOf(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  return el("time", { datetime: iso }, Number.isNaN(date.getTime()) ? iso : dateFormat.format(date));
}

// A bar of the shares in the languages' colours, for the eye, and the same shares as text beside it.
function languageShares(shares, colourOf) {
  if (shares.length === 0) {
    return "none told";
  }
  const percent = share => `${Math.round(share.share * 100)} %`;
  return [
    el("span", { class: "share-bar", "aria-hidden": "true" },
      shares.map(share => el("span", { class: `share ${colourOf(share.language)}`, style: `width: ${share.share * 100}%` }))),
    el("ul", { class: "shares" }, shares.map(share => el("li", { class: colourOf(share.language) },
      el("span", { class: "swatch", "aria-hidden": "true" }), `${languageName(share.language)} ${percent(share)}`))),
  ];
}

function found(annotation) {
  const spans = annotation.spans ?? [];
  const counts = new Map();
  for (const span of spans) {
    counts.set(span.type, (counts.get(span.type) ?? 0) + 1);
  }
  // "boilerplate" is a mass noun: "3 boilerplate", not "3 boilerplates"
  const byType = [...counts].map(([type, count]) => (type === "boilerplate"
    ? `${count} boilerplate` : plural(count, typeName(type).toLowerCase()))).join(", ");
  const quotes = (annotation.quotes ?? []).length;
  const spanCount = spans.length === 0 ? "no spans" : `${plural(spans.length, "span")} (${byType})`;
  return `${spanCount}; ${plural(quotes, "quotation")}`;
}

function took({ serverMs, roundTripMs }) {
  const roundTrip = `${Math.round(roundTripMs)} ms`;
  return serverMs === null
    ? `${roundTrip} from sending to answer (the service sent no Server-Timing)`
    : `${formatMs(serverMs)} in the service, ${roundTrip} from sending to answer`;
}

function formatMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
