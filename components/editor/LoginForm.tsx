"use client";

import { useActionState } from "react";
import { loginAction } from "@/app/login/actions";
import { IDLE } from "@/lib/editorial/form-state";
import { Field, FormMessage, SubmitButton } from "./fields";

export function LoginForm({ next }: { next: string }) {
  const [state, action] = useActionState(loginAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label="Editor login">
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <Field state={state} name="email" label="Email" type="email" required />
      <Field state={state} name="password" label="Password" type="password" required defaultValue="" />
      <SubmitButton>Log in</SubmitButton>
    </form>
  );
}
