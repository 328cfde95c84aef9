import { lazy, Suspense, useMemo } from 'react';
import { resolveCodeMessages } from '../core/i18n/messages';
import { brandToCssVariables, safeLogoUrl } from '../core/theme/brand';
import { useVerifikFlow } from '../hooks/useVerifikFlow';
import { CodeStep } from './CodeStep';
import { EmailStep } from './EmailStep';
import { MethodChoice } from './MethodChoice';
import { stepErrors } from './stepErrors';
import { SuccessStep } from './SuccessStep';
import { useStepFocus } from './useStepFocus';
import type { VerifikAccessProps } from './VerifikAccessProps';

// libphonenumber's metadata is the biggest part of the widget: only phone users download it.
const PhoneStep = lazy(() => import('./PhoneStep'));
// Only hosts that offer face, and users who pick it, load the face seam and what it pulls in.
const FaceStepSeam = lazy(() =>
  import('./FaceStepSeam').then((module) => ({ default: module.FaceStepSeam })),
);

/** The widget's root and steps, on `useVerifikFlow` (the providers are set up by VerifikAccess). */
export function VerifikAccessFlow(props: VerifikAccessProps) {
  const { locale = 'en', brand = {} } = props;
  const flow = useVerifikFlow({
    projectId: props.projectId,
    methods: props.methods,
    phoneChannels: props.phoneChannels,
    onSuccess: props.onSuccess,
    onError: props.onError,
    onStepChange: props.onStepChange,
  });
  const messages = useMemo(
    () => resolveCodeMessages(locale, props.messages),
    [locale, props.messages],
  );
  const style = useMemo(() => brandToCssVariables(brand), [brand]);
  const logo = safeLogoUrl(brand.logoUrl);
  const { headingRef, fieldRef } = useStepFocus(`${flow.step}:${flow.method ?? ''}`);
  const errors = stepErrors(flow, messages);
  const anotherMethod = flow.methods.length > 1 ? flow.useAnotherMethod : undefined;
  const busy = flow.status === 'sending' || flow.status === 'verifying';

  const step = (() => {
    switch (flow.step) {
      case 'method':
        return (
          <MethodChoice
            methods={flow.methods}
            messages={messages}
            onChoose={flow.chooseMethod}
            headingRef={headingRef}
          />
        );
      case 'identifier':
        if (flow.method === 'phone') {
          return (
            <Suspense fallback={<p className="vfk-text">{messages.loading}</p>}>
              <PhoneStep
                messages={messages}
                locale={locale}
                defaultCountry={props.defaultCountry}
                initialPhone={flow.identifier}
                channels={flow.phoneChannels}
                initialChannel={flow.channel}
                sending={flow.status === 'sending'}
                waitSeconds={flow.retryIn}
                fieldError={errors.field}
                error={errors.alert}
                onSubmit={flow.submitPhone}
                onUseAnotherMethod={anotherMethod}
                fieldRef={fieldRef}
                headingRef={headingRef}
              />
            </Suspense>
          );
        }
        return (
          <EmailStep
            messages={messages}
            initialEmail={flow.identifier}
            sending={flow.status === 'sending'}
            waitSeconds={flow.retryIn}
            fieldError={errors.field}
            error={errors.alert}
            onSubmit={flow.submitEmail}
            onUseAnotherMethod={anotherMethod}
            fieldRef={fieldRef}
            headingRef={headingRef}
          />
        );
      case 'code':
        return (
          <CodeStep
            messages={messages}
            destination={flow.identifier}
            code={flow.code}
            verifying={flow.status === 'verifying'}
            resending={flow.status === 'sending'}
            error={errors.alert}
            recovery={errors.recovery}
            retrySecondsLeft={flow.retryIn}
            resendSecondsLeft={flow.resendIn}
            changeLabel={flow.method === 'phone' ? messages.changeNumber : messages.changeEmail}
            onCodeChange={flow.setCode}
            onSubmitCode={flow.submitCode}
            onResend={flow.resend}
            onRetry={flow.retry}
            onStartOver={flow.back}
            onChangeIdentifier={flow.back}
            onUseAnotherMethod={anotherMethod}
            codeRef={fieldRef}
            headingRef={headingRef}
          />
        );
      case 'face':
        return (
          <Suspense fallback={<p className="vfk-text">{messages.loading}</p>}>
            <FaceStepSeam
              projectId={props.projectId}
              face={props.face}
              locale={locale}
              overrides={props.messages}
              onSucceeded={flow.faceSucceeded}
              onFailed={flow.faceFailed}
              onUseAnotherMethod={anotherMethod}
              headingRef={headingRef}
            />
          </Suspense>
        );
      case 'success':
        return (
          <SuccessStep
            messages={messages}
            subject={flow.success?.subject ?? ''}
            intent={flow.success?.intent ?? 'sign-in'}
            headingRef={headingRef}
          />
        );
    }
  })();

  return (
    <section
      className={props.className ? `vfk-root ${props.className}` : 'vfk-root'}
      style={style}
      lang={locale}
      aria-label={messages.title}
      aria-busy={busy || undefined}
      data-step={flow.step}
      data-state={flow.status}
      data-method={flow.method}
      data-color-scheme={brand.colorScheme ?? 'auto'}
    >
      {logo && <img className="vfk-logo" src={logo} alt={messages.logoAlt} />}
      {step}
    </section>
  );
}
