package dev.ember.connect;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.apache.spark.connect.proto.AddArtifactsRequest;
import org.apache.spark.connect.proto.AddArtifactsResponse;

/** One {@code AddArtifacts} client stream: single-chunk artifacts in batches, or one artifact in chunks. */
final class ArtifactUpload {
  private final ArtifactStore store;
  private final AddArtifactsResponse.Builder response = AddArtifactsResponse.newBuilder();
  private String sessionId;
  /** Where the artifacts go: the session's key ({@link SessionKey#id()}). */
  private String storeKey;
  private String chunkedName;
  private ByteArrayOutputStream chunked;
  private boolean chunkedIntact;

  ArtifactUpload(ArtifactStore store) {
    this.store = store;
  }

  /** One request of the stream, whose artifacts go to the session stored under {@code storeKey}. */
  void accept(AddArtifactsRequest request, String storeKey) {
    sessionId = request.getSessionId();
    this.storeKey = storeKey;
    switch (request.getPayloadCase()) {
      case BATCH:
        for (AddArtifactsRequest.SingleChunkArtifact artifact : request.getBatch().getArtifactsList()) {
          byte[] data = artifact.getData().getData().toByteArray();
          boolean intact = ArtifactStore.crcMatches(data, artifact.getData().getCrc());
          if (intact) {
            store.put(storeKey, artifact.getName(), data);
          }
          summary(artifact.getName(), intact);
        }
        break;
      case BEGIN_CHUNK:
        finishChunked();
        chunkedName = request.getBeginChunk().getName();
        chunked = new ByteArrayOutputStream();
        chunkedIntact = true;
        appendChunk(request.getBeginChunk().getInitialChunk());
        break;
      case CHUNK:
        appendChunk(request.getChunk());
        break;
      default:
        break;
    }
  }

  private void appendChunk(AddArtifactsRequest.ArtifactChunk chunk) {
    byte[] data = chunk.getData().toByteArray();
    chunkedIntact &= ArtifactStore.crcMatches(data, chunk.getCrc());
    chunked.writeBytes(data);
  }

  private void finishChunked() {
    if (chunkedName != null) {
      if (chunkedIntact) {
        store.put(storeKey, chunkedName, chunked.toByteArray());
      }
      summary(chunkedName, chunkedIntact);
      chunkedName = null;
    }
  }

  private void summary(String name, boolean intact) {
    response.addArtifacts(AddArtifactsResponse.ArtifactSummary.newBuilder().setName(name).setIsCrcSuccessful(intact));
  }

  /** Completes the upload: the summary of every artifact received. */
  void complete(String serverSideSessionId, Consumer<AddArtifactsResponse> send) {
    finishChunked();
    if (sessionId != null) {
      response.setSessionId(sessionId).setServerSideSessionId(serverSideSessionId);
    }
    send.accept(response.build());
  }
}
