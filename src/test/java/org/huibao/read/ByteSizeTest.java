package org.huibao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizeTest {

    @ParameterizedTest
    @CsvSource({"20MB, 20971520", "20mb, 20971520", "20 MB, 20971520", "20M, 20971520", "20MiB, 20971520",
            "500KB, 512000", "500k, 512000", "1.5GB, 1610612736", "4096, 4096", "4096B, 4096", "1TB, 1099511627776"})
    void readsSizesAsPeopleWriteThem(String text, long bytes) {
        assertEquals(bytes, ByteSize.parse(text).bytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "MB", "20XB", "-1MB", "0", "0.0001KB", "twenty", "1e6", "99999999999TB"})
    void refusesWhatIsNotAPositiveSize(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ByteSize.parse(text));
        assertTrue(e.getMessage().matches("[^(]*\\p{IsHan}.* \\(.+\\)"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"20MB, 20.0 MB", "500KB, 500.0 KB", "100, 100 B"})
    void printsAsTheReadersDo(String text, String shown) {
        assertEquals(shown, ByteSize.parse(text).toString());
    }
}
