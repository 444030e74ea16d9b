package dev.precis.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "By Korin Miller|Korin Miller",
        "By Korin MillerPublished: Jan 29, 2025|Korin Miller",
        "Written by Danielle DeSiato, Donna Enzmann, and Natalie Nguyen|Danielle DeSiato, Donna Enzmann, and Natalie Nguyen",
        "byDanielle DeSiato|Danielle DeSiato",
        "Von Anna Schmidt|Anna Schmidt",
        "Par Jean Dupont · Publié le 3 mars 2025|Jean Dupont",
        "Sofia Gonzalez December 2|Sofia Gonzalez",
        "Kathryn GiuffridaMar 5, 2025|Kathryn Giuffrida",
        "Sean Peek, Senior Analyst|Sean Peek",
        "Catherine BoeckmannExecutive Digital Editor|Catherine Boeckmann",
        "Genevieve Carlton, Ph.D.|Genevieve Carlton, Ph.D.",
    })
    void keepsTheNames(String byline, String name) {
        assertThat(Names.clean(byline)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Staff", "By Admin", "https://www.facebook.com/everfit.io/", "editor@example.com",
        "the quick brown fox jumps over the lazy dog", "12345",
    })
    void aValueThatNamesNoOneIsNoAuthor(String value) {
        assertThat(Names.clean(value)).isNull();
    }

    @Test
    void aUsersHandleCountsOnlyWhereTheMarkupMarksTheAuthor() {
        assertThat(Names.clean("jsteinhardt")).isNull();
        assertThat(Names.cleanMarked("jsteinhardt")).isEqualTo("jsteinhardt");
        assertThat(Names.cleanMarked("by ron1cne")).isEqualTo("ron1cne");
        assertThat(Names.cleanMarked("staff")).isNull();
    }

    @Test
    void severalAuthorsAreJoined() {
        assertThat(Names.join(List.of("Ann Lee", "Bo Chen", "ann lee", "Cy Young"))).isEqualTo("Ann Lee, Bo Chen and Cy Young");
        assertThat(Names.join(List.of("Staff"))).isNull();
    }
}
