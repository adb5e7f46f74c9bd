import pandas as pd

def keep_even(batches):
    for pdf in batches:
        out = pdf[pdf.id % 2 == 0].copy()
        out["half"] = out.id // 2
        yield out

spark.range(10).mapInPandas(keep_even, "id long, half long").orderBy("id").show()
