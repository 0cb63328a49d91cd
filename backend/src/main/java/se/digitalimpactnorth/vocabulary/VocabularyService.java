package se.digitalimpactnorth.vocabulary;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the reference vocabularies. */
@ApplicationScoped
public class VocabularyService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Sdg> sdgs() {
        return Sdg.listAll(Sort.by("number"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TechnologyArea> technologyAreas() {
        return TechnologyArea.listAll(Sort.by("code"));
    }

    /** The whole SSIF classification (areas, groups and subjects), by code: each parent precedes its children. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KnowledgeArea> knowledgeAreas() {
        return KnowledgeArea.listAll(Sort.by("code"));
    }

    /** All municipalities, or those of one county when {@code countyCode} is given, by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Municipality> municipalities(String countyCode) {
        String join = "from Municipality m join fetch m.county c";
        if (countyCode == null) {
            return Municipality.find(join + " order by m.code").list();
        }
        return Municipality.find(join + " where c.code = ?1 order by m.code", countyCode).list();
    }
}
