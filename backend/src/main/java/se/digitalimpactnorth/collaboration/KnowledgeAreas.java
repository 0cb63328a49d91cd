package se.digitalimpactnorth.collaboration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.digitalimpactnorth.collaboration.BoundaryProfile.KnowledgeAreaRef;
import se.digitalimpactnorth.collaboration.BoundaryProfile.KnowledgeLevel;
import se.digitalimpactnorth.collaboration.BoundaryRules.ChosenKnowledge;
import se.digitalimpactnorth.common.LocalizedText;
import se.digitalimpactnorth.vocabulary.KnowledgeArea;
import se.digitalimpactnorth.vocabulary.VocabularyService;

/**
 * The SSIF classification as collaborations use it: checks a chosen code, names it, and resolves it
 * to the area and group the boundary profile counts. The classification comes from a migration and
 * never changes at run time, so it is read once.
 */
@ApplicationScoped
public class KnowledgeAreas {

    @Inject
    VocabularyService vocabularies;

    private record Entry(KnowledgeAreaRef ref, String parentCode) {}

    private volatile Map<String, Entry> byCode;

    /** The code as other objects show it, or empty when SSIF has no such code. */
    public Optional<KnowledgeAreaRef> ref(String code) {
        return Optional.ofNullable(classification().get(code)).map(Entry::ref);
    }

    /** Whether SSIF has this code (at any level). */
    public boolean exists(String code) {
        return code != null && classification().containsKey(code);
    }

    /**
     * The chosen codes resolved for {@link BoundaryRules}: an area stands for itself, a group for
     * itself and its area, a subject for its group and area. Unknown codes are refused earlier, by
     * validation; one here is a bug.
     */
    public List<ChosenKnowledge> resolve(Collection<String> codes) {
        Map<String, Entry> all = classification();
        return codes.stream().map(code -> {
            Entry chosen = all.get(code);
            if (chosen == null) {
                throw new IllegalArgumentException("not an SSIF code: " + code);
            }
            return switch (chosen.ref().level()) {
                case AREA -> new ChosenKnowledge(chosen.ref(), null);
                case GROUP -> new ChosenKnowledge(all.get(chosen.parentCode()).ref(), chosen.ref());
                case SUBJECT -> {
                    Entry group = all.get(chosen.parentCode());
                    yield new ChosenKnowledge(all.get(group.parentCode()).ref(), group.ref());
                }
            };
        }).toList();
    }

    private Map<String, Entry> classification() {
        Map<String, Entry> loaded = byCode;
        if (loaded == null) {
            Map<String, Entry> read = new LinkedHashMap<>();
            for (KnowledgeArea k : vocabularies.knowledgeAreas()) {
                read.put(k.code, new Entry(new KnowledgeAreaRef(k.code, KnowledgeLevel.valueOf(k.level),
                        new LocalizedText(k.nameSv, k.nameEn)), k.parentCode));
            }
            loaded = Map.copyOf(read);
            byCode = loaded;
        }
        return loaded;
    }
}
