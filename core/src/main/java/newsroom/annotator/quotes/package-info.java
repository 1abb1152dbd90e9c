/**
 * The quotes stage: quotations in the article's own prose ("…", “…”, «…», the Spanish dialogue dash),
 * their kind, their language, and who said them, with the handle of that speaker's post when the
 * article embeds one.
 */
package newsroom.annotator.quotes;
