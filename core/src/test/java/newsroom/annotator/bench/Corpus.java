package newsroom.annotator.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsroom.annotator.TestArticles;

/** Every article the tests hold, replicated in turn until the corpus reaches the wanted size. */
record Corpus(List<Item> items, long chars) {

    /** One article: its file name, how it is read, and its raw content. */
    record Item(String name, String format, String content) {

        SizeClass sizeClass() {
            return SizeClass.of(content.length());
        }
    }

    /** Articles grouped by length, since per-article overheads weigh more on short ones. */
    enum SizeClass {
        SHORT, MEDIUM, LONG;

        static SizeClass of(int chars) {
            return chars < 2_000 ? SHORT : chars < 6_000 ? MEDIUM : LONG;
        }
    }

    static Corpus load(long minimumChars) {
        List<Item> originals = new ArrayList<>();
        for (Path file : TestArticles.allIncludingGold()) {
            String name = file.getFileName().toString();
            originals.add(new Item(name, name.substring(name.lastIndexOf('.') + 1), TestArticles.read(file)));
        }
        List<Item> items = new ArrayList<>();
        long chars = 0;
        while (chars < minimumChars) {
            for (Item item : originals) {
                items.add(new Item(item.name() + "#" + items.size(), item.format(), item.content()));
                chars += item.content().length();
            }
        }
        return new Corpus(List.copyOf(items), chars);
    }

    /** The distinct articles it was made of. */
    long distinct() {
        return items.stream().map(i -> i.name().substring(0, i.name().indexOf('#'))).distinct().count();
    }
}
