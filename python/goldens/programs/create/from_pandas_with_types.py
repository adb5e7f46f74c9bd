import datetime
import pandas as pd

pdf = pd.DataFrame({
    "ts": pd.to_datetime(["2024-01-01 10:00:00", "2024-06-30 23:59:59"]),
    "d": [datetime.date(2024, 1, 1), datetime.date(2024, 2, 2)],
    "flag": [True, False],
    "n": pd.array([1, None], dtype="Int64"),
})
df = spark.createDataFrame(pdf)
df.printSchema()
df.show()
