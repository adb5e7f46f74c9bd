import pandas as pd

pdf = pd.DataFrame({"k": ["a", "b", "a"], "v": [1, 2, 3]})
out = spark.createDataFrame(pdf).groupBy("k").sum("v").orderBy("k").toPandas()
print(out.to_string())
