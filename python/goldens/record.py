"""Records the golden programs' expected output on real PySpark 4.2.0 (classic, local mode): run by
bin/goldens-record in its own virtual environment (python/.venv-reference, package ``pyspark==4.2.0``).
Arguments: program names or name prefixes (default: all). Never edit expected/ by hand."""

from __future__ import annotations

import os
import sys
import tempfile

import pyspark
from pyspark.sql import SparkSession

import golden


def main(selected: list) -> int:
    assert pyspark.__version__ == "4.2.0", f"the reference is PySpark 4.2.0, not {pyspark.__version__}"
    # Python UDFs run in workers of this environment (its pyspark, pandas, pyarrow), as Ember's do in python/.venv
    os.environ["PYSPARK_PYTHON"] = sys.executable
    warehouse = tempfile.mkdtemp(prefix="ember-golden-warehouse-")
    builder = (SparkSession.builder.master("local[2]").appName("ember-goldens")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.warehouse.dir", warehouse))
    for key, value in golden.CONF.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    names = [n for n in golden.programs() if not selected or any(n == s or n.startswith(s) for s in selected)]
    for name in names:
        output = golden.run(spark, name)
        path = golden.expected_path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(output)
        print(f"recorded {name} ({len(output.splitlines())} lines)", file=sys.stderr)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
