import datetime
from decimal import Decimal

df = spark.createDataFrame([(1, None, Decimal("1.50"), datetime.date(2024, 1, 1), datetime.datetime(2024, 1, 1, 12, 0)),
                            (None, "x", None, None, None)],
                           "i int, s string, dec decimal(5,2), d date, ts timestamp")
pdf = df.toPandas()
print(pdf.dtypes.to_string())
print(pdf.to_string())
