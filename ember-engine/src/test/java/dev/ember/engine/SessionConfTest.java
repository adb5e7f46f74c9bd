package dev.ember.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionConfTest {
  @Test
  void aBuiltInDefaultIsNoExplicitValue() {
    SessionConf conf = new SessionConf();
    String key = "spark.sql.sources.partitionOverwriteMode";
    assertThat(conf.get(key)).contains("STATIC");
    assertThat(conf.explicit(key)).isEmpty();
    conf.set(key, "dynamic");
    assertThat(conf.explicit(key)).contains("dynamic");
    conf.unset(key);
    assertThat(conf.explicit(key)).isEmpty();
  }

  @Test
  void theKeysListedAsSetAndFallbacksAreExplicit() {
    SessionConf conf = new SessionConf();
    assertThat(conf.explicit(SessionConf.ANSI_ENABLED)).contains("true");
    assertThat(conf.explicit("spark.sql.adaptive.advisoryPartitionSizeInBytes")).isEmpty();
    conf.set("spark.sql.adaptive.shuffle.targetPostShuffleInputSize", "1m");
    assertThat(conf.explicit("spark.sql.adaptive.advisoryPartitionSizeInBytes")).contains("1m");
  }
}
