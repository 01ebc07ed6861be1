import { Content, Header, Link, Page } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import { ChatMessage, ChatStreamEvent, ConversationSummary } from '@internal/plugin-ai-assistant-common';
import { Box, Button, Grid, List, ListItem, ListItemText, Paper, TextField, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Route, Routes, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { aiAssistantApiRef } from '../api';
import { rootRouteRef } from '../routes';
import { MessageView } from './AnswerView';

interface Streaming {
  text: string;
  provider?: string;
  tools: string[];
}

function History({ conversations, current }: { conversations: ConversationSummary[]; current?: string }) {
  const root = useRouteRef(rootRouteRef);
  return (
    <Paper variant="outlined">
      <Box p={1} display="flex" justifyContent="space-between" alignItems="center">
        <Typography variant="subtitle1">History</Typography>
        <Button size="small" color="primary" component={Link} to={root?.() ?? '/assistant'}>
          New conversation
        </Button>
      </Box>
      <List dense aria-label="Conversations">
        {conversations.map(c => (
          <ListItem key={c.id} button selected={c.id === current} component={Link} to={`${root?.() ?? '/assistant'}/${c.id}`}>
            <ListItemText primary={c.title} secondary={c.confidential ? 'Confidential: local models only' : new Date(c.updatedAt).toLocaleString()} />
          </ListItem>
        ))}
        {conversations.length === 0 && (
          <ListItem>
            <ListItemText secondary="No conversations yet." />
          </ListItem>
        )}
      </List>
    </Paper>
  );
}

function Chat() {
  const api = useApi(aiAssistantApiRef);
  const navigate = useNavigate();
  const { conversationId } = useParams();
  const [searchParams] = useSearchParams();
  const entityRef = searchParams.get('entityRef') ?? undefined;
  const [conversations, setConversations] = useState<ConversationSummary[]>([]);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [about, setAbout] = useState<string>();
  const [confidential, setConfidential] = useState(false);
  const [streaming, setStreaming] = useState<Streaming>();
  const [error, setError] = useState<string>();
  const [draft, setDraft] = useState('');
  // The conversation this page created itself: its messages are already on screen.
  const created = useRef<string>();
  const starting = useRef<Promise<string | undefined>>();

  const refreshHistory = useCallback(() => api.listConversations().then(setConversations, e => setError(e.message)), [api]);
  useEffect(() => {
    refreshHistory();
  }, [refreshHistory]);

  useEffect(() => {
    setError(undefined);
    if (!conversationId) {
      setMessages([]);
      setConfidential(false);
      setAbout(entityRef);
      starting.current = undefined;
      if (entityRef) {
        // "Ask about this": a conversation with the entity in context. A question sent while it
        // is being made waits for it, so it is asked with the entity in context.
        starting.current = api.startConversation({ entityRef }).then(
          c => {
            created.current = c.id;
            navigate(c.id, { replace: true });
            setAbout(c.entityRef);
            refreshHistory();
            return c.id;
          },
          e => {
            setError(e.message);
            return undefined;
          },
        );
      }
      return;
    }
    if (created.current === conversationId) return;
    api.getConversation(conversationId).then(
      c => {
        setMessages(c.messages);
        setAbout(c.entityRef);
        setConfidential(c.confidential);
      },
      e => setError(e.message),
    );
  }, [api, conversationId, entityRef, navigate, refreshHistory]);

  const send = async () => {
    const text = draft.trim();
    if (!text || streaming) return;
    setError(undefined);
    let id = conversationId ?? (await starting.current);
    try {
      if (!id) {
        const conversation = await api.startConversation({});
        id = conversation.id;
        created.current = id;
        // Relative: the page stays mounted, so the answer keeps streaming into it.
        navigate(id);
      }
      setDraft('');
      setStreaming({ text: '', tools: [] });
      await api.ask(id, text, (event: ChatStreamEvent) => {
        switch (event.type) {
          case 'message':
            setMessages(m => [...m, event.message]);
            break;
          case 'provider':
            setStreaming(s => s && { ...s, provider: event.provider });
            break;
          case 'tool':
            setStreaming(s => s && { ...s, tools: [...s.tools, `${event.tool} (${event.status})`] });
            break;
          case 'text':
            setStreaming(s => s && { ...s, text: s.text + event.delta });
            break;
          case 'reset':
            setStreaming(s => s && { ...s, text: '' });
            break;
          case 'confidential':
            setConfidential(true);
            break;
          case 'done':
            // The answer is a message now: the streamed copy goes at once, not when the stream
            // closes, so it never shows twice.
            setMessages(m => [...m, event.message]);
            setStreaming(undefined);
            break;
          case 'error':
            setError(event.message);
            break;
          default:
        }
      });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setStreaming(undefined);
      refreshHistory();
    }
  };

  return (
    <Grid container spacing={2}>
      <Grid item xs={12} md={3}>
        <History conversations={conversations} current={conversationId} />
      </Grid>
      <Grid item xs={12} md={9}>
        {about && (
          <Typography variant="subtitle1" gutterBottom>
            About {about}
          </Typography>
        )}
        {confidential && <Alert severity="info">This conversation touches confidential entities: only local models answer it.</Alert>}
        {messages.length === 0 && !streaming && (
          <Typography color="textSecondary" gutterBottom>
            Ask about services, owners, deployments, costs, DORA metrics, maturity or the docs. Answers come from the portal's data, as you can see it, and link
            to their sources.
          </Typography>
        )}
        {messages.map(m => (
          <MessageView key={m.id} message={m} />
        ))}
        {streaming && (
          <MessageView
            streaming
            message={{
              id: 'streaming',
              role: 'assistant',
              text: streaming.text,
              provider: streaming.provider,
              citations: [],
              tools: streaming.tools,
              createdAt: '',
            }}
          />
        )}
        {error && (
          <Box my={1}>
            <Alert severity="error">{error}</Alert>
          </Box>
        )}
        <Box display="flex" mt={2} style={{ gap: 8 }}>
          <TextField
            fullWidth
            multiline
            variant="outlined"
            id="ai-assistant-question"
            label="Ask the assistant"
            value={draft}
            onChange={e => setDraft(e.target.value)}
            onKeyDown={e => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                send();
              }
            }}
          />
          <Button variant="contained" color="primary" onClick={send} disabled={!!streaming || !draft.trim()}>
            Send
          </Button>
        </Box>
        <Typography variant="caption" color="textSecondary">
          The assistant only reads, with your permissions. Answers are AI-generated: check them against their sources.
        </Typography>
      </Grid>
    </Grid>
  );
}

export function AssistantPage() {
  return (
    <Page themeId="tool">
      <Header title="Assistant" subtitle="Answers from the portal's own knowledge, with links" />
      <Content>
        <Routes>
          <Route path="/:conversationId?" element={<Chat />} />
        </Routes>
      </Content>
    </Page>
  );
}
