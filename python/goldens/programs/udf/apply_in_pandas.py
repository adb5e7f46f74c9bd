import pandas as pd

def normalize(pdf: pd.DataFrame) -> pd.DataFrame:
    v = pdf.v
    return pdf.assign(v=(v - v.min()) / (v.max() - v.min()))

df = spark.createDataFrame([("a", 1.0), ("a", 3.0), ("a", 2.0), ("b", 5.0), ("b", 15.0)], ["k", "v"])
df.groupBy("k").applyInPandas(normalize, "k string, v double").orderBy("k", "v").show()
