package se.digitalimpactnorth.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.insights.InsightRows.ActorsByKind;
import se.digitalimpactnorth.insights.InsightRows.BoundaryScores;
import se.digitalimpactnorth.insights.InsightRows.MunicipalityLinks;

class InsightCsvTest {

    @Test
    @DisplayName("a header of the row's properties in declaration order, one line per row, plain numbers")
    void rows() {
        assertEquals("kind,sector,actors\nCOMPANY,BUSINESS,2\nUNIVERSITY,ACADEMIA,0\n", InsightCsv.write(ActorsByKind.class,
                List.of(new ActorsByKind(ActorKind.COMPANY, Sector.BUSINESS, 2), new ActorsByKind(ActorKind.UNIVERSITY, Sector.ACADEMIA, 0))));
        assertEquals("score,collaborations,share\n2,1,0.3333\n0,0,0.0\n", InsightCsv.write(BoundaryScores.class,
                List.of(new BoundaryScores(2, 1, 0.3333), new BoundaryScores(0, 0, 0))));
    }

    @Test
    @DisplayName("null is an empty field; a comma or quote in a name is quoted; no rows is the header alone")
    void quotingAndNulls() {
        assertEquals("fromCode,fromName,fromLatitude,fromLongitude,toCode,toName,toLatitude,toLongitude,collaborations\n"
                + "2480,\"Umeå, \"\"kommun\"\"\",63.8,20.3,2584,Kiruna kommun,,,3\n",
                InsightCsv.write(MunicipalityLinks.class, List.of(new MunicipalityLinks("2480", "Umeå, \"kommun\"", 63.8, 20.3, "2584",
                        "Kiruna kommun", null, null, 3))));
        assertEquals("score,collaborations,share\n", InsightCsv.write(BoundaryScores.class, List.of()));
    }
}
