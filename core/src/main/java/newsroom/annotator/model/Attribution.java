package newsroom.annotator.model;

import java.time.LocalDate;

/**
 * Who a quote or post belongs to.
 *
 * @param name     display name or speaker as written in the article
 * @param handle   account name without "@": the post's author, or for a speaker the handle of a post by
 *                 the same person in the article; null when there is none
 * @param date     the date of the post or statement when the text gives it
 * @param dateText the date as written
 * @param url      link to the post when the input has one
 * @param cue      the reporting verb or cue as written (quotes only)
 * @param nameAt   where the name stands in the text, when it does
 * @param rule     quotations only: the attribution rule (sieve) that named the speaker; else null
 */
public record Attribution(String name, String handle, LocalDate date, String dateText, String url,
                          String cue, TextRange nameAt, String rule) {

    public Attribution withHandle(String newHandle) {
        return new Attribution(name, newHandle, date, dateText, url, cue, nameAt, rule);
    }

    public Attribution withName(String newName, TextRange newNameAt) {
        return new Attribution(newName, handle, date, dateText, url, cue, newNameAt, rule);
    }

    public Attribution withCue(String newCue) {
        return new Attribution(name, handle, date, dateText, url, newCue, nameAt, rule);
    }

    public Attribution withRule(String newRule) {
        return new Attribution(name, handle, date, dateText, url, cue, nameAt, newRule);
    }
}
