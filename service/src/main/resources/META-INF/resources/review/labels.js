// The words the page shows for the annotation's codes: span types, languages, platforms, quote kinds.

const TYPES = {
  title: "Title", caption: "Caption", paragraph: "Paragraph", post: "Post", byline: "Byline",
  boilerplate: "Boilerplate",
};

const PLATFORMS = {
  twitter: "Twitter", instagram: "Instagram", facebook: "Facebook", youtube: "YouTube", tiktok: "TikTok",
  bluesky: "Bluesky", threads: "Threads", mastodon: "Mastodon", telegram: "Telegram",
};

const KINDS = { direct: "Direct quotation", partial: "Partial quotation", post: "Post" };

// The browser's own language names (ICU data, so they work offline): "es" is "Spanish".
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

export function typeName(type) {
  return TYPES[type] ?? String(type);
}

export function platformName(platform) {
  return PLATFORMS[platform] ?? String(platform);
}

export function kindName(kind) {
  return KINDS[kind] ?? String(kind);
}

export function languageName(code) {
  if (!code) {
    return "Language not told";
  }
  try {
    return languageNames.of(code);
  } catch {
    return code;
  }
}

// English and Spanish keep their colours from article to article; any other language takes the next
// free one. Colour never stands alone: every coloured thing carries the language's name as text.
const FIXED_COLOURS = { en: 0, es: 1 };
const COLOURS = 6;

/** A function from a language code to its CSS class (lang-c0 … lang-c5; lang-none for no call), fixed per article. */
export function languageColours(annotation) {
  const codes = [
    ...(annotation.languages ?? []).map(share => share.language),
    ...(annotation.spans ?? []).map(span => span.language),
  ];
  const assigned = new Map(Object.entries(FIXED_COLOURS));
  let next = Object.keys(FIXED_COLOURS).length;
  for (const code of codes) {
    if (code && !assigned.has(code)) {
      assigned.set(code, next++ % COLOURS);
    }
  }
  return code => (assigned.has(code) ? `lang-c${assigned.get(code)}` : "lang-none");
}
