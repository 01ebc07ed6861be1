import { createPermission } from '@backstage/plugin-permission-common';

/** Asking the assistant: starting a conversation or sending it a message. */
export const aiAssistantChatPermission = createPermission({
  name: 'ai-assistant.chat',
  attributes: { action: 'create' },
});

export const aiAssistantPermissions = [aiAssistantChatPermission];
