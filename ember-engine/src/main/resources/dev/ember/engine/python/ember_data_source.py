# Ember's runner of a Python data source's planning steps, as Spark's PythonPlannerRunner runs them: PySpark's own
# pyspark.sql.worker.create_data_source ("create": the source's instance and schema), plan_data_source_read ("plan":
# the read function and the pickled partitions), write_into_data_source ("write": the write function and the writer),
# commit_data_source_write ("commit": the writer's commit or abort of the messages), or the stream reader of a streaming read as Spark's
# PythonStreamingSourceRunner runs it ("stream": pyspark.sql.streaming.python_streaming_source_runner, answering
# offsets, partitions and commits until its input ends), on this process's standard input and output. What the
# user's code prints goes to standard error, not into the answer.
import os
import sys

from pyspark.sql.streaming import python_streaming_source_runner
from pyspark.sql.worker import (commit_data_source_write, create_data_source, plan_data_source_read,
                                write_into_data_source)

_STEPS = {"create": create_data_source, "plan": plan_data_source_read, "stream": python_streaming_source_runner,
          "write": write_into_data_source, "commit": commit_data_source_write}

answer = os.fdopen(os.dup(1), "wb", buffering=65536)
os.dup2(2, 1)
sys.stdout = sys.stderr
try:
    _STEPS[sys.argv[1]].main(sys.stdin.buffer, answer)
finally:
    answer.flush()
