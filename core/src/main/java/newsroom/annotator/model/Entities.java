package newsroom.annotator.model;

import java.util.List;

/** The mentions, hashtags and URLs of a post, with offsets into the article's text. */
public record Entities(List<Entity> mentions, List<Entity> hashtags, List<Entity> urls) {

    public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

    public Entities {
        mentions = List.copyOf(mentions);
        hashtags = List.copyOf(hashtags);
        urls = List.copyOf(urls);
    }
}
