package org.buergerbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The citizen widget's own code (loader, modules, styles, each served gzip-compressed on its own) stays within
 * 30 KB gzipped, so it does not slow down the municipal pages that embed it. The STOMP client WebJar is not ours.
 */
class WidgetSizeTests {

    static final int BUDGET = 30 * 1024;

    private static int gzippedSize(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = resource.getInputStream();
             GZIPOutputStream gzip = new GZIPOutputStream(out) {
                 {
                     def.setLevel(Deflater.BEST_COMPRESSION);
                 }
             }) {
            in.transferTo(gzip);
        }
        return out.size();
    }

    @Test
    void widgetCodeStaysWithinThirtyKilobytesGzipped() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> files = new ArrayList<>();
        for (String pattern : List.of("widget.js", "widget/*.js", "widget/*.css")) {
            files.addAll(List.of(resolver.getResources("classpath*:META-INF/resources/" + pattern)));
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        int total = 0;
        for (Resource file : files) {
            total += gzippedSize(file);
        }
        System.out.printf("Widget code: %d files, %d bytes gzipped in all%n", files.size(), total);
        assertThat(total).as("gzipped bytes of the widget's code").isLessThanOrEqualTo(BUDGET);
    }
}
