export interface Config {
  /** The portal's AI assistant (plugins/ai-assistant-backend). */
  aiAssistant?: {
    /**
     * The models to ask, in order: when one errors, times out or keeps failing, the next one
     * answers. Conversations that touch confidential entities only go to providers marked local.
     */
    providers: Array<{
      /** A name for the provider, shown with each answer it writes. */
      id: string;
      type: 'openai' | 'azure-openai' | 'anthropic' | 'bedrock' | 'llama-cpp';
      /**
       * The model runs on infrastructure the organisation controls (Ollama, vLLM, llama.cpp on
       * its own hosts, the embedded model). Defaults to true for llama-cpp, false otherwise.
       */
      local?: boolean;
      /** The model name (the deployment name for Azure OpenAI, the model id for Bedrock). */
      model?: string;
      /** openai and anthropic: the API's base URL, e.g. http://127.0.0.1:11434/v1 for Ollama. */
      baseUrl?: string;
      /**
       * openai, azure-openai and anthropic.
       * @visibility secret
       */
      apiKey?: string;
      /** azure-openai: the resource endpoint, https://<resource>.openai.azure.com. */
      endpoint?: string;
      /** azure-openai: the API version. */
      apiVersion?: string;
      /** bedrock: the AWS region. */
      region?: string;
      /**
       * bedrock: static credentials; without them the AWS SDK's default chain applies.
       * @visibility secret
       */
      accessKeyId?: string;
      /** @visibility secret */
      secretAccessKey?: string;
      /** llama-cpp: the GGUF model file. */
      modelPath?: string;
      /** llama-cpp: the context window in tokens. */
      contextSize?: number;
      /** How long one answer may take before the next provider is asked (default 60000). */
      timeoutMs?: number;
      /** The longest answer, in tokens (default 1024). */
      maxTokens?: number;
    }>;
    /** When a provider is skipped after failing. */
    breaker?: {
      /** Consecutive failures that open the breaker (default 3). */
      failureThreshold?: number;
      /** How long it stays open before one request tries the provider again (default 30 s). */
      resetAfter?: { seconds?: number; minutes?: number };
    };
    /**
     * The actions (from the actions registry) the assistant may call, by id. Only actions that
     * are read-only and not destructive are ever offered, whatever is listed.
     */
    tools?: string[];
    /** Questions per user. */
    rateLimit?: {
      perMinute?: number;
      perDay?: number;
    };
    /** Rounds of tool calls per answer (default 4). */
    maxToolRounds?: number;
  };
}
