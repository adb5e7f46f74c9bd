from typing import Iterator
import pandas as pd
from pyspark.sql.functions import pandas_udf

@pandas_udf("long")
def plus_offset(batches: Iterator[pd.Series]) -> Iterator[pd.Series]:
    offset = 100
    for s in batches:
        yield s + offset

spark.range(5).select(plus_offset("id").alias("v")).orderBy("v").show()
