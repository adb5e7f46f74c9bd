import pandas as pd

def summarize(key, pdf):
    return pd.DataFrame({"k": [key[0]], "n": [len(pdf)], "mean": [pdf.v.mean()]})

df = spark.createDataFrame([("a", 1.0), ("a", 2.0), ("b", 4.0)], ["k", "v"])
df.groupBy("k").applyInPandas(summarize, "k string, n long, mean double").orderBy("k").show()
