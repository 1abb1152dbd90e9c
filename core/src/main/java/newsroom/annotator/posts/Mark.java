package newsroom.annotator.posts;

import java.time.LocalDate;
import newsroom.annotator.model.TextRange;

/**
 * Where the text shows a platform's embed chrome: a post's signature ("— Name (@handle) January 4,
 * 2021"), the chrome that opens one ("View this post on Instagram"), or an embed's whole text ("Post by
 * @user@server View on Mastodon"), with what it says of the post. Offsets are UTF-16 indices into the
 * article's text; fields the chrome does not show are null.
 */
record Mark(Platform platform, Role role, int start, int end, String name, TextRange nameAt, String handle,
            LocalDate date, String dateText, String url) {

    /** What the chrome is to its post. */
    enum Role {
        /** Closes a post: the post's words come before it. */
        SIGNATURE,
        /** Opens a post: the post's words come after it, up to the next signature. */
        OPENING,
        /** Is the embed's entire text: the page did not carry the post's words. */
        WHOLE
    }

    int length() {
        return end - start;
    }

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    /** How many of name, handle, date and address the chrome shows. */
    int facts() {
        return (name == null ? 0 : 1) + (handle == null ? 0 : 1) + (date == null ? 0 : 1) + (url == null ? 0 : 1);
    }
}
