package se.digitalimpactnorth.me;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.common.Sql;

/**
 * The export and the erasure know every column that holds a person's subject: a migration that adds
 * one (a column named subject, or ending in _by or _by_subject) fails here until PersonalData
 * exports and erases it too.
 */
@QuarkusTest
class PersonalDataCoverageTest {

    @Inject
    Sql sql;

    @Test
    @DisplayName("every column of the schema that names a person is one PersonalData exports and erases")
    void everySubjectColumnIsCovered() {
        Set<String> columns = new TreeSet<>(sql.texts("""
                select c.table_name || '.' || c.column_name from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                   -- Flyway's own table: installed_by is the database user that ran a migration, not a person.
                   and c.table_name <> 'flyway_schema_history'
                   and (c.column_name = 'subject' or c.column_name like '%\\_by' or c.column_name like '%\\_by\\_subject')
                """));
        assertEquals(columns, new TreeSet<>(PersonalData.SUBJECT_COLUMNS));
    }
}
