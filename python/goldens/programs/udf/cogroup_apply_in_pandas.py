import pandas as pd

def merge(left: pd.DataFrame, right: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"k": [left.k.iloc[0] if len(left) else right.k.iloc[0]], "n_left": [len(left)], "n_right": [len(right)]})

a = spark.createDataFrame([(1, "x"), (1, "y"), (2, "z")], ["k", "v"])
b = spark.createDataFrame([(1, 10.0), (3, 30.0)], ["k", "w"])
a.groupBy("k").cogroup(b.groupBy("k")).applyInPandas(merge, "k long, n_left long, n_right long").orderBy("k").show()
