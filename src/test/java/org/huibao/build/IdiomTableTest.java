package org.huibao.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The idiom table the analysis reads is the one HanLP's dictionaries give: regenerate it when they part. */
class IdiomTableTest {
    @Test
    void resourceIsWhatTheDictionaryGives() throws IOException {
        try (InputStream in = IdiomTableTest.class.getResourceAsStream("/" + IdiomTable.RESOURCE)) {
            assertNotNull(in, IdiomTable.RESOURCE);
            assertEquals(IdiomTable.table(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "run: java -cp target/huibao.jar src/main/java/org/huibao/build/IdiomTable.java src/main/resources/"
                    + IdiomTable.RESOURCE);
        }
    }
}
