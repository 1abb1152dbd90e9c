// Sending an article to the service: the media type from what was pasted or dropped, POST /annotate, and
// the annotation, or the problem+json the service answered instead.

/**
 * The endpoint the editorial tool posts to. Relative to the page (served at "/"), so that the page still
 * finds it when a proxy serves the service under a path of its own.
 */
export const ENDPOINT = "annotate";

export const PLAIN = "text/plain; charset=utf-8";
export const HTML = "text/html; charset=utf-8";
export const JSON_TYPE = "application/json";

const BY_EXTENSION = { txt: PLAIN, html: HTML, htm: HTML, json: JSON_TYPE };

/** What the service could not or would not do, as its problem+json told it (RFC 9457). */
export class Problem extends Error {
  constructor(title, detail, status = null) {
    super(`${title}: ${detail}`);
    this.title = title;
    this.detail = detail;
    this.status = status;
  }
}

/**
 * The media type of pasted content: a JSON object is a request (or a saved annotation), content that opens
 * with a tag, a comment or a doctype is HTML, anything else plain text.
 */
export function detectType(content) {
  const start = content.trimStart();
  if (start.startsWith("{")) {
    return JSON_TYPE;
  }
  return /^<[a-z!]/i.test(start) ? HTML : PLAIN;
}

/** The media type for a file by its extension; null for a kind of file the service does not read. */
export function typeOfFile(name) {
  const extension = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
  return BY_EXTENSION[extension] ?? null;
}

/**
 * The annotation in a JSON text, when it is one (as this page downloads it or bin/annotate writes it):
 * it is shown as it is, not annotated again. Null for a request or anything else.
 */
export function savedAnnotation(content) {
  let value;
  try {
    value = JSON.parse(content);
  } catch {
    return null;
  }
  const isAnnotation = value !== null && typeof value === "object" && value.offsets === "codepoint"
      && Array.isArray(value.spans) && typeof value.text === "string";
  return isAnnotation ? value : null;
}

/**
 * Posts the body and returns {annotation, json, serverMs, roundTripMs}: the service's own time comes from its
 * Server-Timing header (null if it sent none), the round trip is measured here and includes the transfer.
 * Throws a Problem when the service answers with an error or does not answer.
 */
export async function annotate(body, type) {
  const started = performance.now();
  let response;
  let json;
  try {
    response = await fetch(ENDPOINT, { method: "POST", headers: { "Content-Type": type }, body });
    json = await response.text();
  } catch (error) {
    throw new Problem("The service did not answer", `${error.message}. Is it still running?`);
  }
  const roundTripMs = performance.now() - started;
  if (!response.ok) {
    throw problemOf(response, json);
  }
  return {
    annotation: JSON.parse(json),
    json,
    serverMs: serverTiming(response.headers.get("Server-Timing")),
    roundTripMs,
  };
}

function problemOf(response, body) {
  try {
    const problem = JSON.parse(body);
    if (problem && typeof problem.title === "string") {
      return new Problem(problem.title, problem.detail ?? "", problem.status ?? response.status);
    }
  } catch {
    // not problem+json: a proxy's or the server's own error page
  }
  return new Problem(`HTTP ${response.status} ${response.statusText}`.trim(),
      "The service answered with an error and did not say why.", response.status);
}

/** The duration of the "annotate" metric in a Server-Timing header, in milliseconds. */
function serverTiming(header) {
  const match = /(?:^|,)\s*annotate\s*;(?:[^,]*;)?\s*dur=([0-9.]+)/.exec(header ?? "");
  return match ? Number(match[1]) : null;
}
