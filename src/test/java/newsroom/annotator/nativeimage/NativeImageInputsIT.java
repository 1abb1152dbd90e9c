package newsroom.annotator.nativeimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the inputs that {@code ./mvnw verify} generated for a native build ({@code target/native-sources}:
 * {@code native-image.args}, the runner jar it names and the jars on that jar's class path) and checks
 * what a native executable built from them would carry: Lingua's models for the configured languages
 * and no others, the default dictionaries, the ICU data the annotator uses and not the rest, and the
 * reflection that picocli needs. Then it runs the annotator and ICU's services on a class path cut down
 * to the resources the native image includes, which is what a native executable sees.
 */
class NativeImageInputsIT {

    private static final Path SOURCES = Path.of(System.getProperty("native.sources", "target/native-sources"));
    private static final Path CLASSES = Path.of("target/classes");
    private static final String ICU_DATA = "com/ibm/icu/impl/data/icudata/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> args;
    private static List<Path> imageClassPath;
    private static List<Pattern> includes;
    private static List<JsonNode> reflection;

    @TempDir
    static Path temp;

    @BeforeAll
    static void readNativeSources() throws IOException {
        Path argsFile = SOURCES.resolve("native-image.args");
        assertTrue(Files.isRegularFile(argsFile), argsFile + " is missing: run ./mvnw verify");
        args = List.of(Files.readString(argsFile).trim().split("\\s+"));
        Path runner = SOURCES.resolve(args.get(args.indexOf("-jar") + 1));
        imageClassPath = new ArrayList<>();
        imageClassPath.add(runner);
        try (JarFile jar = new JarFile(runner.toFile())) {
            for (String entry : jar.getManifest().getMainAttributes().getValue("Class-Path").trim().split("\\s+")) {
                imageClassPath.add(SOURCES.resolve(entry));
            }
        }
        includes = new ArrayList<>();
        reflection = new ArrayList<>();
        for (Path jarPath : imageClassPath) {
            try (JarFile jar = new JarFile(jarPath.toFile())) {
                for (JarEntry entry : list(jar)) {
                    String name = entry.getName();
                    if (!name.startsWith("META-INF/native-image/") || isExcluded(name)) {
                        continue;
                    }
                    if (name.endsWith("/resource-config.json")) {
                        for (JsonNode include : read(jar, entry).path("resources").path("includes")) {
                            includes.add(Pattern.compile(include.path("pattern").asText()));
                        }
                    } else if (name.endsWith("/reflect-config.json")) {
                        read(jar, entry).forEach(reflection::add);
                    }
                }
            }
        }
    }

    @Test
    void argsBuildAStandaloneExecutableFromTheRunnerJar() {
        assertTrue(args.contains("--no-fallback"), "a fallback image would need a JVM at run time");
        assertTrue(Files.isRegularFile(imageClassPath.get(0)));
        imageClassPath.forEach(jar -> assertTrue(Files.isRegularFile(jar), jar + " is on the class path but missing"));
    }

    @Test
    void onlyTheConfiguredLanguagesModelsAreIncluded() throws IOException {
        List<String> models = resourcesOf("com.github.pemistahl.lingua-").stream()
                .filter(name -> name.startsWith("language-models/")).toList();
        Set<String> includedLanguages = models.stream().filter(NativeImageInputsIT::included)
                .map(name -> name.split("/")[1]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("en", "es"), includedLanguages);
        for (String ngrams : List.of("unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams")) {
            assertTrue(included("language-models/es/" + ngrams + ".json"), ngrams);
        }
        assertTrue(models.size() > 300, "Lingua ships models for 75 languages: " + models.size());
    }

    /** What {@code annotate -V} prints. */
    @Test
    void theVersionFileIsIncluded() {
        assertTrue(Files.isRegularFile(CLASSES.resolve("annotator-version.properties")));
        assertTrue(included("annotator-version.properties"));
    }

    @Test
    void theDefaultDictionariesAreIncluded() throws IOException {
        List<String> dictionaries;
        try (Stream<Path> files = Files.walk(CLASSES.resolve("dictionaries"))) {
            dictionaries = files.filter(Files::isRegularFile).map(f -> CLASSES.relativize(f).toString().replace(File.separatorChar, '/')).toList();
        }
        assertTrue(dictionaries.contains("dictionaries/en/abbreviations.txt"));
        dictionaries.forEach(name -> assertTrue(included(name), name));
    }

    @Test
    void icuDataIsTheEnglishAndSpanishDataOfTheServicesUsedAndNoMore() throws IOException {
        List<String> data = resourcesOf("com.ibm.icu.icu4j-").stream().filter(name -> name.startsWith(ICU_DATA)).toList();
        for (String needed : List.of("brkitr/sent.brk", "brkitr/en.res", "brkitr/es.res", "coll/ucadata.icu",
                "coll/es.res", "nfc.nrm", "nfkc_cf.nrm", "translit/root.res", "es_MX.res", "zone/es.res",
                "zoneinfo64.res", "curr/es.res", "pool.res", "uprops.icu")) {
            assertTrue(included(ICU_DATA + needed), needed);
        }
        for (String unneeded : List.of("brkitr/cjdict.dict", "brkitr/line.brk", "lang/es.res", "region/es.res",
                "unit/es.res", "rbnf/es.res", "fr.res", "coll/zh.res", "zone/de.res", "unames.icu", "confusables.cfu")) {
            assertFalse(included(ICU_DATA + unneeded), unneeded);
        }
        long all = 0;
        long kept = 0;
        try (JarFile jar = new JarFile(jar("com.ibm.icu.icu4j-").toFile())) {
            for (String name : data) {
                long size = jar.getJarEntry(name).getSize();
                all += size;
                kept += included(name) ? size : 0;
            }
        }
        // 4.1 of 28 MB with ICU 78
        assertTrue(kept * 5 < all, "ICU data kept: " + kept + " of " + all + " bytes");
    }

    @Test
    void picocliCommandIsRegisteredForReflection() {
        JsonNode command = reflectionOf("newsroom.annotator.batch.BatchCommand");
        Set<String> fields = new TreeSet<>();
        command.path("fields").forEach(field -> fields.add(field.path("name").asText()));
        assertEquals(Set.of("paths", "languages", "dictionaries", "maxBytes", "maxPageBytes", "timeBudget", "threads",
                "skipStages", "output", "resume", "spec"), fields);
        assertTrue(reflectionOf("picocli.CommandLine$AutoHelpMixin").path("fields").size() > 0, "--help, --version");
    }

    /** ICU4J finds these service classes with {@code Class.forName(name).newInstance()}. */
    @Test
    void icuServiceClassesLoadedByNameAreRegisteredForReflection() {
        for (String shim : List.of("com.ibm.icu.text.BreakIteratorFactory", "com.ibm.icu.text.CollatorServiceShim",
                "com.ibm.icu.text.NumberFormatServiceShim", "com.ibm.icu.impl.TimeZoneNamesFactoryImpl",
                "com.ibm.icu.impl.ICUCurrencyDisplayInfoProvider", "com.ibm.icu.impl.ICUCurrencyMetaInfo")) {
            JsonNode registered = reflectionOf(shim);
            assertTrue(registered.toString().contains("\"<init>\""), shim + " needs its constructor: " + registered);
        }
    }

    /** Jackson only reads trees and writes with its streaming generator: no class is bound by reflection. */
    @Test
    void noClassIsBoundToJsonByReflection() throws IOException {
        List<String> binding = List.of("readValue", "readValues", "treeToValue", "convertValue", "valueToTree",
                "writeValue", "writeValueAsString", "writeValueAsBytes", "readerFor", "writerFor", "writePOJO", "writeObject");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (!containsUtf8(bytes, "com/fasterxml/jackson")) {
                    continue;
                }
                binding.stream().filter(name -> containsUtf8(bytes, name)).forEach(name -> offenders.add(file + ": " + name));
            }
        }
        assertEquals(List.of(), offenders, "register the bound classes with @RegisterForReflection and check them here");
    }

    @Test
    void icuServicesGiveTheSameAnswersWithOnlyTheIncludedData() throws Exception {
        String all = run(fullClassPath(), IcuServices.class.getName());
        String included = run(includedClassPath(), IcuServices.class.getName());
        assertTrue(all.contains("parse es\t1609718400000"), all);
        assertEquals(all, included);
    }

    @Test
    void annotatorGivesTheSameAnswersWithOnlyTheIncludedResources() throws Exception {
        List<String> command = new ArrayList<>(List.of("newsroom.annotator.Main", "annotate", "--threads", "1"));
        try (Stream<Path> articles = Files.list(Path.of("src/test/resources/articles"))) {
            articles.filter(f -> f.toString().endsWith(".txt")).sorted().map(Path::toString).forEach(command::add);
        }
        String all = run(fullClassPath(), command.toArray(String[]::new));
        String included = run(includedClassPath(), command.toArray(String[]::new));
        assertTrue(all.lines().count() >= 2 && all.contains("\"spans\""), all);
        assertEquals(all, included);
    }

    @Test
    void aLanguageTheImageHasNoModelsForIsRefusedAtStartUp() throws Exception {
        Process process = new ProcessBuilder(java(), "-cp", includedClassPath(), "newsroom.annotator.Main", "annotate",
                "--languages", "en,fr", "-").redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "timed out");
        assertEquals(2, process.exitValue(), out);
        assertTrue(out.contains("no Lingua models for 'fr'"), out);
    }

    private static boolean included(String resource) {
        return includes.stream().anyMatch(pattern -> pattern.matcher(resource).matches());
    }

    private static JsonNode reflectionOf(String className) {
        return reflection.stream().filter(entry -> entry.path("name").asText().equals(className)).findFirst()
                .orElseThrow(() -> new AssertionError(className + " is not registered for reflection"));
    }

    /** The resources (not classes) of the image's jar whose file name starts with {@code prefix}. */
    private static List<String> resourcesOf(String prefix) throws IOException {
        Path jarPath = jar(prefix);
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            return list(jar).stream().map(JarEntry::getName)
                    .filter(name -> !name.endsWith("/") && !name.endsWith(".class")).toList();
        }
    }

    private static Path jar(String prefix) {
        return imageClassPath.stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + "*.jar in the native image's class path"));
    }

    /** The test's own class path: every resource of every library. */
    private static String fullClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** The test's class path with Lingua's and ICU's jars cut down to their classes and included resources. */
    private static String includedClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : fullClassPath().split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            entries.add(name.startsWith("lingua-") || name.startsWith("icu4j-") ? cutDown(Path.of(entry)).toString() : entry);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path cutDown(Path source) throws IOException {
        Path target = temp.resolve(source.getFileName());
        if (Files.exists(target)) {
            return target;
        }
        try (JarFile jar = new JarFile(source.toFile());
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(target))) {
            out.setLevel(Deflater.NO_COMPRESSION); // a throwaway copy: fast beats small
            for (JarEntry entry : list(jar)) {
                String name = entry.getName();
                if (name.endsWith("/") || name.endsWith(".class") || name.startsWith("META-INF/") || included(name)) {
                    out.putNextEntry(new JarEntry(name));
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        return target;
    }

    private static String run(String classPath, String... mainAndArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:+UseSerialGC", "-Xss4m", "-cp", classPath));
        command.addAll(List.of(mainAndArgs));
        Process process = new ProcessBuilder(command).redirectError(temp.resolve("stderr.txt").toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "timed out");
        assertEquals(0, process.exitValue(), () -> out + readString(temp.resolve("stderr.txt")));
        return out;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entries that native-image.args tells native-image to ignore ({@code --exclude-config}). */
    private static boolean isExcluded(String name) {
        for (int i = 0; i + 2 < args.size(); i++) {
            if (args.get(i).equals("--exclude-config") && Pattern.compile(args.get(i + 2)).matcher("/" + name).matches()) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode read(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return JSON.readTree(in);
        }
    }

    private static List<JarEntry> list(JarFile jar) {
        List<JarEntry> entries = new ArrayList<>();
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            entries.add(e.nextElement());
        }
        return entries;
    }

    /** Whether a class file's constant pool holds exactly this UTF-8 string. */
    private static boolean containsUtf8(byte[] classFile, String value) {
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        byte[] entry = new byte[text.length + 3];
        entry[0] = 1; // CONSTANT_Utf8
        entry[1] = (byte) (text.length >> 8);
        entry[2] = (byte) text.length;
        System.arraycopy(text, 0, entry, 3, text.length);
        outer:
        for (int i = 0; i + entry.length <= classFile.length; i++) {
            for (int j = 0; j < entry.length; j++) {
                if (classFile[i + j] != entry[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
