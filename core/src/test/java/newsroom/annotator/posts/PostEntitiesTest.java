package newsroom.annotator.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsroom.annotator.language.LinearExtractor;
import newsroom.annotator.model.Entities;
import newsroom.annotator.model.Entity;
import org.junit.jupiter.api.Test;

/** The entities of a post's words as a scrape leaves them. */
class PostEntitiesTest {

    private static final PostEntities ENTITIES = new PostEntities(new LinearExtractor());

    private static List<String> hashtags(String words) {
        Entities found = ENTITIES.of(words, 0, words.length(), Platform.TWITTER);
        return found.hashtags().stream().map(Entity::value).toList();
    }

    /**
     * 65ymas.com (the UME's tweet on a fire in Teruel, 2022): the scrape lost the line break before the last hashtag, which
     * now follows a word's last letter; it is still the post's hashtag, at its own offsets. A link's anchor is none.
     */
    @Test
    void aHashtagGluedToTheWordBeforeIsStillAHashtag() {
        String words = "se dirigen al #IFCastejónDeTornos #Teruel para colaborar en las labores de extinción#IIFF pic.twitter.com/HqA03Cyo2W";
        assertEquals(List.of("IFCastejónDeTornos", "Teruel", "IIFF"), hashtags(words));
        Entity glued = ENTITIES.of(words, 0, words.length(), Platform.TWITTER).hashtags().get(2);
        assertEquals("#IIFF", words.substring(glued.start(), glued.end()));
        assertEquals(List.of(), hashtags("Read more at example.com/page#section today"));
    }
}
