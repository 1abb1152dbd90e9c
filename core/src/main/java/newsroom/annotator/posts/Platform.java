package newsroom.annotator.posts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A platform whose posts articles embed, with what the annotator must know of it: the name the
 * contract gives it, how long a post can be and how the platform counts that length, and what its
 * account names look like.
 */
public enum Platform {
    /** 280 weighted characters; every link counts 23, attached media nothing. */
    TWITTER(280, Counting.TWITTER, "[A-Za-z0-9_]{1,15}"),
    INSTAGRAM(2200, Counting.CODE_POINTS, "[A-Za-z0-9._]{1,30}"),
    FACEBOOK(63206, Counting.CODE_POINTS, "[\\p{L}\\p{N}._\\-]{1,80}"),
    /** 300 graphemes; handles are domain names. */
    BLUESKY(300, Counting.GRAPHEMES, "[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?)+"),
    TIKTOK(4000, Counting.CODE_POINTS, "[A-Za-z0-9._]{2,24}"),
    THREADS(500, Counting.CODE_POINTS, "[A-Za-z0-9._]{1,30}"),
    /** 500 characters, links counted as 23 as on Twitter; handles are user@server. */
    MASTODON(500, Counting.TWITTER, "[A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+)?"),
    YOUTUBE(5000, Counting.CODE_POINTS, "[\\p{L}\\p{N}._\\-]{1,100}"),
    TELEGRAM(4096, Counting.CODE_POINTS, "[A-Za-z0-9_]{4,32}");

    /** How a platform measures a post against its limit. */
    enum Counting { TWITTER, GRAPHEMES, CODE_POINTS }

    private final int limit;
    private final Counting counting;
    private final Pattern handle;

    Platform(int limit, Counting counting, String handle) {
        this.limit = limit;
        this.counting = counting;
        this.handle = Pattern.compile(handle);
    }

    /** The contract's name: {@code twitter}, {@code instagram}… */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The platform a contract name or a page's attribute names ("X" is Twitter), if any. */
    public static Optional<Platform> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("x")) {
            return Optional.of(TWITTER);
        }
        return Arrays.stream(values()).filter(p -> p.wireName().equals(wanted)).findFirst();
    }

    /** The longest post the platform allows, measured as {@link #counting()} says. */
    int limit() {
        return limit;
    }

    Counting counting() {
        return counting;
    }

    /** Whether {@code handle} (without "@") can be an account name here: Twitter's have no dots, Bluesky's must. */
    boolean acceptsHandle(String handle) {
        return handle != null && this.handle.matcher(handle).matches();
    }
}
