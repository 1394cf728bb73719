package com.steward.app.ingest;

import com.steward.analytics.ingest.ImportLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The bounds on every imported file ({@code steward.imports.*}; defaults in docs/configuration.md). */
@Configuration(proxyBeanMethods = false)
class ImportLimitsConfiguration {

    @Bean
    ImportLimits importLimits(
            @Value("${steward.imports.max-decompressed-size:8GB}") DataSize maxDecompressed,
            @Value("${steward.imports.max-compression-ratio:50}") double maxRatio,
            @Value("${steward.imports.max-field-size:64KB}") DataSize maxField,
            @Value("${steward.imports.max-row-size:1MB}") DataSize maxRow,
            @Value("${steward.imports.max-rows:200000000}") long maxRows,
            @Value("${steward.imports.max-rejects-size:64MB}") DataSize maxRejects) {
        return new ImportLimits(
                maxDecompressed.toBytes(),
                maxRatio,
                Math.toIntExact(maxField.toBytes()),
                Math.toIntExact(maxRow.toBytes()),
                maxRows,
                maxRejects.toBytes());
    }
}
